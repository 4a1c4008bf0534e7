/**
 * The call-log flow's text in the widget's two locales (rules: i18n/locale.ts):
 * choosing a file, confirming its columns, the months found, and what each
 * plan card adds while a log is in use.
 */
import { NBSP, withUnit as u, type Locale } from '../../i18n/locale.js';
import type { UnreadableReason } from '../../call-log/index.js';

export interface CallLogStrings {
  useRecords: string;
  /** Said where the file is chosen. */
  privacy: string;
  fileHint: string;
  /** Shown over the widget while a file is dragged over it. */
  dropHere: string;
  opening: string;
  /** `percent` is formatted, or empty when the size is unknown. */
  reading(percent: string): string;
  progressLabel: string;
  cancel: string;
  failed: string;
  noRecords: string;
  chooseAnother: string;
  mappingHeading: string;
  mappingIntro: string;
  startColumn: string;
  timeColumn: string;
  secondsColumn: string;
  durationUnit: string;
  unitSecond: string;
  unitMinute: string;
  endColumn: string;
  callerColumn: string;
  noColumn: string;
  /** An option of a column choice: "第 2 列：开始时间". */
  column(number: string, header: string): string;
  countryCode: string;
  confirm: string;
  needStart: string;
  needDuration: string;
  previewCaption: string;
  rowNumber: string;
  unreadableCount(count: number, formatted: string): string;
  unreadableRow(row: string, reason: string): string;
  unreadableMore(formatted: string): string;
  reasons: Readonly<Record<UnreadableReason, string>>;
  logHeading: string;
  logSummary(records: string, months: number, formattedMonths: string): string;
  chartCaption: string;
  monthsLegend: string;
  minutes(value: string): string;
  partial(first: string, last: string): string;
  noCalls: string;
  peakConcurrency(lines: string): string;
  backToSliders: string;
  backHint: string;
  chooseOtherFile: string;
  /** Prefix of the spoken summary and the result bar while a log is in use. */
  fromRecords: string;
  billLabel: string;
  billHint: string;
  billInvalid: string;
}

const zhCN: CallLogStrings = {
  useRecords: '用通话记录估算',
  privacy: '文件只在您的浏览器中读取，不会上传。',
  fileHint: '支持 CSV、TSV 格式的话单（UTF-8 或 GBK 编码），也可以把文件拖到计算器上。',
  dropHere: '松开即可读取通话记录',
  opening: '正在打开文件…',
  reading: (p) => (p ? `正在读取通话记录… ${p}` : '正在读取通话记录…'),
  progressLabel: '读取进度',
  cancel: '取消',
  failed: '无法读取这个文件。请导出 CSV 或 TSV 格式的话单后再试。',
  noRecords: '文件中没有可用的通话记录。',
  chooseAnother: '选择其他文件',
  mappingHeading: '请确认各列的含义',
  mappingIntro: '有些列无法自动识别。下面是文件的前几行（号码已部分隐藏），请选择每项信息所在的列。',
  startColumn: '开始时间',
  timeColumn: '开始时刻（开始时间一列只有日期时）',
  secondsColumn: '通话时长',
  durationUnit: '通话时长的单位',
  unitSecond: '秒',
  unitMinute: '分钟',
  endColumn: '结束时间（没有通话时长一列时）',
  callerColumn: '主叫号码（用于区分地区）',
  noColumn: '无',
  column: (n, header) => (header ? `第 ${u(n, '列')}：${header}` : `第 ${u(n, '列')}`),
  countryCode: '号码前面已带国家代码（如 861088888888）',
  confirm: '确认并读取',
  needStart: '请选择开始时间所在的列。',
  needDuration: '请选择通话时长或结束时间所在的列。',
  previewCaption: '文件的前几行',
  rowNumber: '行号',
  unreadableCount: (_n, f) => `${u(f, '行')}无法读取，未计入：`,
  unreadableRow: (row, reason) => `第 ${u(row, '行')}：${reason}`,
  unreadableMore: (f) => `另有 ${u(f, '行')}`,
  reasons: {
    'start-missing': '没有开始时间',
    'start-invalid': '开始时间不是有效的日期和时刻',
    'duration-missing': '没有通话时长',
    'duration-invalid': '通话时长无法识别',
    'duration-too-long': '通话时长超过一天',
    'end-invalid': '结束时间无法识别',
    'end-before-start': '结束时间早于开始时间',
  },
  logHeading: '您的通话记录',
  logSummary: (r, _m, f) => `共 ${u(r, '通')}电话，${u(f, '个月')}`,
  chartCaption: '每月通话分钟',
  monthsLegend: '计入估算的月份',
  minutes: (v) => u(v, '分钟'),
  partial: (a, b) => `不完整：仅 ${a}${NBSP}日至 ${b}${NBSP}日`,
  noCalls: '没有通话',
  peakConcurrency: (n) => `记录中最多 ${u(n, '路')}同时通话`,
  backToSliders: '改用滑块估算',
  backHint: '滑块将从您记录中的平均每月用量开始。',
  chooseOtherFile: '换一个文件',
  fromRecords: '按您的通话记录',
  billLabel: '当前每月话费',
  billHint: '选填：填写后，每个套餐会显示每月能省多少。',
  billInvalid: '请输入金额，例如 1280 或 1280.50。',
};

const en: CallLogStrings = {
  useRecords: 'Use my call records',
  privacy: 'Your file is read in this browser only; nothing is uploaded.',
  fileHint: 'A CSV or TSV call-detail export (UTF-8 or GBK); you can also drop the file on the calculator.',
  dropHere: 'Drop to read your call records',
  opening: 'Opening the file…',
  reading: (p) => (p ? `Reading your call records… ${p}` : 'Reading your call records…'),
  progressLabel: 'Reading progress',
  cancel: 'Cancel',
  failed: 'This file could not be read. Export the call records as CSV or TSV and try again.',
  noRecords: 'The file holds no call records that could be used.',
  chooseAnother: 'Choose another file',
  mappingHeading: 'Please confirm what each column holds',
  mappingIntro: 'Some columns could not be recognized. Here are the first rows of the file (numbers partly hidden); choose the column of each item.',
  startColumn: 'Start time',
  timeColumn: 'Start time of day (when the start column holds only the date)',
  secondsColumn: 'Talk time',
  durationUnit: 'Unit of the talk time',
  unitSecond: 'seconds',
  unitMinute: 'minutes',
  endColumn: 'End time (when there is no talk time column)',
  callerColumn: 'Calling number (tells the regions apart)',
  noColumn: 'none',
  column: (n, header) => (header ? `Column ${n}: ${header}` : `Column ${n}`),
  countryCode: 'Numbers begin with a country code (such as 861088888888)',
  confirm: 'Confirm and read',
  needStart: 'Choose the column with the start time.',
  needDuration: 'Choose the column with the talk time or the end time.',
  previewCaption: 'The first rows of the file',
  rowNumber: 'Row',
  unreadableCount: (n, f) => `${f} ${n === 1 ? 'row' : 'rows'} could not be read and are not counted:`,
  unreadableRow: (row, reason) => `Row ${row}: ${reason}`,
  unreadableMore: (f) => `and ${f} more`,
  reasons: {
    'start-missing': 'no start time',
    'start-invalid': 'the start is not a real date and time',
    'duration-missing': 'no talk time',
    'duration-invalid': 'the talk time is not a duration',
    'duration-too-long': 'the talk time is over a day',
    'end-invalid': 'the end time is not a date or time',
    'end-before-start': 'the end is before the start',
  },
  logHeading: 'Your call records',
  logSummary: (r, m, f) => `${r} calls over ${u(f, m === 1 ? 'month' : 'months')}`,
  chartCaption: 'Talk minutes per month',
  monthsLegend: 'Months counted in the estimate',
  minutes: (v) => u(v, 'minutes'),
  partial: (a, b) => `Partial: days ${a}–${b} only`,
  noCalls: 'no calls',
  peakConcurrency: (n) => `At most ${u(n, n === '1' ? 'call' : 'calls')} at once in your records`,
  backToSliders: 'Back to sliders',
  backHint: "The sliders will start from your records' average month.",
  chooseOtherFile: 'Use another file',
  fromRecords: 'From your call records',
  billLabel: 'Current monthly bill',
  billHint: 'Optional: each plan then shows what it would save you a month.',
  billInvalid: 'Enter an amount such as 1280 or 1280.50.',
};

export function callLogStringsFor(locale: Locale): CallLogStrings {
  return locale === 'en' ? en : zhCN;
}
