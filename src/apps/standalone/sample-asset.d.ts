/** webpack inlines a sample workbook (asset/inline) as a base64 data: URL in its own chunk. */
declare module "*.xlsx" {
  const dataUrl: string;
  export default dataUrl;
}
