import fc from "fast-check";
import type { CellValue } from "../../src/core/cell";
import type { FieldKey } from "../../src/core/fields";
import { SONGWENNUAN_TEMPLATE } from "../../src/core/template/songwennuan";
import { inertCell, LONG_DIGITS, LONG_TEXT } from "./hostile-cells";

/**
 * A roster planted in hostile surroundings, with what the checker must make of it worked out
 * from how it was built (not by asking the core): which rows are data, and the fen per region.
 */
export interface PlantedRoster {
  readonly rows: (CellValue | undefined)[][];
  readonly hiddenRows: number[];
  readonly headerRow: number;
  readonly columns: Partial<Record<FieldKey, number>>;
  readonly dataRows: ExpectedRow[];
  readonly totalRowNumbers: number[];
  readonly lastRow: number;
}

export interface ExpectedRow {
  readonly rowNumber: number;
  /** The tally key: the region as shown, or 未填地区. */
  readonly region: string;
  readonly group: string;
  /** 0 for an amount that is empty, negative or not a number. */
  readonly fen: number;
}

type Scale = 1 | 10000;
const REQUIRED: FieldKey[] = ["region", "name", "amount"];
const OPTIONAL: FieldKey[] = ["seq", "unit", "idNumber", "group", "hardshipType", "archiveLevel", "archiveNo", "payMethod", "bankName", "account", "accountHolder", "phone", "remark"];

function aliasesOf(key: FieldKey): string[] {
  const spec = SONGWENNUAN_TEMPLATE.fields.find((field) => field.key === key)!;
  return [spec.label, ...spec.aliases];
}

/** Header text as units type it: the alias, perhaps with a space inside, a * or a line break. */
function headerText(key: FieldKey, unit: string): fc.Arbitrary<string> {
  const aliases = key === "amount" ? aliasesOf(key).filter((alias) => !/[（(]/.test(alias)) : aliasesOf(key);
  return fc.tuple(fc.constantFrom(...aliases), fc.constantFrom("", "*", " ", "\n")).map(([alias, decoration]) => {
    const text = decoration === " " || decoration === "\n" ? alias.slice(0, 1) + decoration.replace(" ", "　") + alias.slice(1) : decoration + alias;
    return key === "amount" ? text + unit : text;
  });
}

/** A cell with a label (what the core keys tallies by) worked out by the test. */
type Keyed = { cell: CellValue | undefined; key: string };
const keyed = (cell: CellValue | undefined, key: string): Keyed => ({ cell, key });

const regionCell = fc.constantFrom<Keyed>(
  keyed("地直", "地直"),
  keyed(" 伊吾县 ", "伊吾县"),
  keyed("巴里坤县", "巴里坤县"),
  keyed("😀区", "😀区"),
  keyed("مدينة", "مدينة"),
  keyed(7, "7"),
  keyed(null, "未填地区"),
  keyed(undefined, "未填地区"),
  keyed("\u3000", "未填地区"),
  keyed({ error: "#N/A" }, "#N/A"),
);

const groupCell = fc.constantFrom<Keyed>(
  keyed("困难职工", "困难职工"),
  keyed("困难劳模", "困难劳模"),
  keyed("一线职工", "一线职工"),
  keyed(null, "未填类别"),
  keyed(true, "TRUE"),
);

/** Never empty, never a header word or a column number: makes its row a data row. */
const nameCell = fc.constantFrom<CellValue>("张三", "李四", "👩‍🔧王", "محمد", "\u202e赵六", LONG_TEXT, "Zhang San", { error: "#VALUE!" });

/** 1e12 yuan, the most a single cell may hold. */
const MAX_FEN = 100_000_000_000_000;

const FULL_WIDTH = (text: string) => text.replace(/[0-9.,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** An amount cell and the fen it is worth, in every way clerks write one. */
function amountCell(scale: Scale): fc.Arbitrary<{ cell: CellValue | undefined; fen: number }> {
  const places = scale === 1 ? 2 : 6;
  const valid = fc.oneof(fc.integer({ min: 0, max: 50_000_000 }), fc.constant(MAX_FEN)).chain((fen) => {
    const whole = Math.floor(fen / 10 ** places);
    const fraction = String(fen % 10 ** places).padStart(places, "0");
    const plain = `${whole}.${fraction}`;
    const grouped = `${whole.toLocaleString("en-US")}.${fraction}`;
    const forms: CellValue[] = [fen / 10 ** places, plain, grouped, ` ${plain} `, FULL_WIDTH(plain)];
    // ¥ and 元 name the unit: only right under a header in 元.
    if (scale === 1) forms.push(`¥${grouped}`, `${plain}元`);
    return fc.constantFrom(...forms).map((cell) => ({ cell, fen }));
  });
  const worthless = fc.constantFrom<CellValue | undefined>(
    null,
    undefined,
    NaN,
    Infinity,
    -Infinity,
    -0,
    -5,
    "-100",
    "一千",
    "abc",
    "1,50,0",
    true,
    { error: "#VALUE!" },
    { error: "#DIV/0!" },
    1e300,
    LONG_DIGITS,
    LONG_TEXT,
    "",
  );
  return fc.oneof({ arbitrary: valid, weight: 4 }, { arbitrary: worthless.map((cell) => ({ cell, fen: 0 })), weight: 1 });
}

type BodyKind = "data" | "blank" | "hole" | "subtotal" | "grand";

interface Layout {
  readonly rowsAbove: (CellValue | undefined)[][];
  readonly unitLine: "" | "单位：元" | "单位：万元";
  readonly left: number;
  readonly right: number;
  readonly fields: FieldKey[];
  readonly amountUnit: "" | "（元）" | "(万元)";
}

const layout: fc.Arbitrary<Layout> = fc.record({
  rowsAbove: fc.array(fc.array(inertCell, { maxLength: 6 }), { maxLength: 8 }),
  unitLine: fc.constantFrom<Layout["unitLine"]>("", "单位：元", "单位：万元"),
  left: fc.integer({ min: 0, max: 3 }),
  right: fc.integer({ min: 0, max: 2 }),
  fields: fc.tuple(fc.subarray(OPTIONAL), fc.constant(REQUIRED)).chain(([optional, required]) => fc.shuffledSubarray([...required, ...optional], { minLength: required.length + optional.length })),
  amountUnit: fc.constantFrom<Layout["amountUnit"]>("", "（元）", "(万元)"),
});

function scaleOf(shape: Layout): Scale {
  if (shape.amountUnit !== "") return shape.amountUnit.includes("万元") ? 10000 : 1;
  return shape.unitLine === "单位：万元" ? 10000 : 1;
}

export const plantedRoster: fc.Arbitrary<PlantedRoster> = layout.chain((shape) => {
  const scale = scaleOf(shape);
  const width = shape.left + shape.fields.length + shape.right;
  const junkRow = fc.array(inertCell, { minLength: width, maxLength: width });
  const header = fc.tuple(...shape.fields.map((key) => headerText(key, shape.amountUnit)));
  const body = fc.array(
    fc.record({
      kind: fc.constantFrom<BodyKind>("data", "data", "data", "data", "blank", "hole", "subtotal", "grand"),
      junk: junkRow,
      region: regionCell,
      group: groupCell,
      name: nameCell,
      amount: amountCell(scale),
      hidden: fc.boolean(),
    }),
    { maxLength: 24 },
  );
  const footer = fc.option(fc.tuple(fc.constantFrom("填表人：王芳", "审 核 人：李强", "注：本表一式两份"), fc.array(junkRow, { maxLength: 2 })));
  return fc.tuple(header, junkRow, body, footer).map(([headerTexts, headerJunk, bodyRows, footerRows]) => {
    const rows: (CellValue | undefined)[][] = shape.rowsAbove.map((row) => [...row]);
    if (shape.unitLine !== "") rows.push([shape.unitLine]);
    const columnOf = (key: FieldKey) => shape.left + shape.fields.indexOf(key);
    const columns = Object.fromEntries(shape.fields.map((key) => [key, columnOf(key) + 1])) as Partial<Record<FieldKey, number>>;
    const headerCells = [...headerJunk];
    headerTexts.forEach((text, i) => (headerCells[shape.left + i] = text));
    rows.push(headerCells);
    const headerRow = rows.length;

    const dataRows: ExpectedRow[] = [];
    const totalRowNumbers: number[] = [];
    const hiddenRows: number[] = [];
    let lastRow = headerRow;
    for (const spec of bodyRows) {
      const rowNumber = rows.length + 1;
      if (spec.hidden) hiddenRows.push(rowNumber);
      const cells = [...spec.junk];
      const put = (key: FieldKey, cell: CellValue | undefined) => (cells[columnOf(key)] = cell);
      switch (spec.kind) {
        case "blank":
          rows.push(cells.map(() => null));
          continue;
        case "hole":
          rows.push(undefined as unknown as CellValue[]);
          continue;
        case "data":
          put("region", spec.region.cell);
          put("name", spec.name);
          put("amount", spec.amount.cell);
          if (shape.fields.includes("group")) put("group", spec.group.cell);
          dataRows.push({ rowNumber, region: spec.region.key, group: shape.fields.includes("group") ? spec.group.key : "未填类别", fen: spec.amount.fen });
          break;
        case "subtotal":
        case "grand":
          cells.fill(null);
          put(spec.kind === "grand" ? "name" : "region", spec.kind === "grand" ? "合　计" : `${spec.region.key}小计`);
          put("amount", spec.amount.cell);
          totalRowNumbers.push(rowNumber);
          break;
      }
      lastRow = rowNumber;
      rows.push(cells);
    }
    if (footerRows !== null) {
      const [footerText, after] = footerRows;
      rows.push([footerText]);
      // Whatever follows the signature line is not data, however it looks.
      for (const row of after) rows.push([...row.slice(0, width - 3), "张三", 1000, "地直"]);
    }
    return { rows, hiddenRows, headerRow, columns, dataRows, totalRowNumbers, lastRow };
  });
});
