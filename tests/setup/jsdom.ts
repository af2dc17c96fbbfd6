import "@testing-library/jest-dom";

// Fluent's MessageBar and Drawer measure themselves with ResizeObserver, which jsdom lacks.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= ResizeObserverStub;

// The Excel adapter measures request bytes with TextEncoder, which jest's jsdom leaves out (browsers have it).
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "node:util";
(globalThis as { TextEncoder?: unknown }).TextEncoder ??= NodeTextEncoder;
(globalThis as { TextDecoder?: unknown }).TextDecoder ??= NodeTextDecoder;
