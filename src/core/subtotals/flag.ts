/**
 * The pack's flag counted beside 户数 (送温暖: 劳模): its field says yes (是), or names the flag
 * (全国劳模 in a 劳模类型 column), or the other field its alsoWhen names contains the word (人员类别
 * 困难劳模). An empty `name` or `contains` never matches.
 */
export function isFlagged(text: string, alsoText: string, yes: ReadonlySet<string>, name: string, contains: string): boolean {
  return yes.has(text) || (name !== "" && text.includes(name)) || (contains !== "" && alsoText.includes(contains));
}
