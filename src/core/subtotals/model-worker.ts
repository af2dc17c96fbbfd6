/** 是否劳模 = 是 (or 全国劳模… in a 劳模类型 column), or a group such as 困难劳模. */
export function isModelWorker(modelWorker: string, group: string, yes: ReadonlySet<string>): boolean {
  return yes.has(modelWorker) || modelWorker.includes("劳模") || group.includes("劳模");
}
