/** Three projects: the pure core and Node adapters, React components in jsdom, and the real-browser suite. */
const tsJest = [
  "ts-jest",
  {
    tsconfig: {
      module: "commonjs",
      moduleResolution: "node10",
      ignoreDeprecations: "6.0",
      jsx: "react-jsx",
      esModuleInterop: true,
      isolatedModules: true,
    },
  },
];

const common = {
  transform: { "^.+\\.tsx?$": tsJest },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  cacheDirectory: "<rootDir>/.jest-cache",
};

module.exports = {
  projects: [
    {
      ...common,
      displayName: "node",
      testEnvironment: "node",
      testMatch: ["<rootDir>/tests/**/*.test.ts"],
      testPathIgnorePatterns: ["<rootDir>/tests/e2e/", "<rootDir>/tests/apps/taskpane/"],
    },
    {
      ...common,
      displayName: "jsdom",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/tests/apps/taskpane/**/*.test.tsx", "<rootDir>/tests/apps/taskpane/**/*.test.ts"],
      setupFilesAfterEnv: ["<rootDir>/tests/setup/jsdom.ts"],
    },
    {
      ...common,
      displayName: "e2e",
      testEnvironment: "node",
      testMatch: ["<rootDir>/tests/e2e/**/*.test.ts"],
    },
  ],
};
