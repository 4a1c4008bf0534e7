import { expect } from '@open-wc/testing';
import { suggestMapping } from './columns.js';
import { headerRoles, type HeaderRole } from './header-names.js';
import { findLayout } from './layout.js';

/** The role `header` names most surely, and how surely. */
function named(header: string): [HeaderRole | undefined, number] {
  const roles = Object.entries(headerRoles(header)) as [HeaderRole, number][];
  const [role, confidence] = roles.reduce((best, next) => (next[1] > best[1] ? next : best));
  return confidence ? [role, confidence] : [undefined, 0];
}

describe('call-log column names', () => {
  it('know the Chinese and English names of each role', () => {
    const names: Record<HeaderRole, string[]> = {
      caller: ['主叫号码', '来电号码', '主叫', '来电', '呼叫号码', 'caller', 'Caller ID', 'Calling Number', 'From', 'ANI', 'calling_number'],
      when: ['开始时间', '呼叫时间', '通话开始时间', '起始时间', '来电时间', 'Start Time', 'start', 'Call Time', 'START_TIME', 'call date'],
      seconds: ['通话时长', '时长(秒)', '时长', '通话时长(秒)', '通话时长（秒）', 'Duration', 'Talk Time', 'seconds', 'billsec', 'Call Duration (s)'],
      end: ['结束时间', '挂机时间', '通话结束时间', 'End Time', 'end', 'hangup time'],
    };
    for (const [role, headers] of Object.entries(names)) {
      for (const header of headers) {
        const [found, confidence] = named(header);
        expect(found, header).to.equal(role);
        expect(confidence, header).to.be.at.least(0.85);
      }
    }
  });

  it('know less surely answer times, dates, times and names that only contain a telling word', () => {
    expect(named('应答时间')).to.deep.equal(['when', 0.85]);
    expect(named('日期')).to.deep.equal(['when', 0.8]);
    expect(named('时间')).to.deep.equal(['when', 0.8]);
    expect(named('Date')).to.deep.equal(['when', 0.8]);
    expect(named('主叫用户号码')).to.deep.equal(['caller', 0.6]);
    expect(named('号码')).to.deep.equal(['caller', 0.6]);
    expect(named('实际通话时长')).to.deep.equal(['seconds', 0.6]);
  });

  it('rank billed time below talk time', () => {
    expect(named('计费时长')).to.deep.equal(['seconds', 0.5]);
    expect(named('计费时长(分钟)')).to.deep.equal(['seconds', 0.5]);
    expect(named('Billed Duration')).to.deep.equal(['seconds', 0.5]);
    expect(named('通话时长')[1]).to.be.greaterThan(named('计费时长')[1]);
  });

  it('take 通话时间 for a start or a duration, the values to decide', () => {
    expect(headerRoles('通话时间')).to.include({ when: 0.85, seconds: 0.85 });
  });

  it('take callee numbers, places, ring and queue times for nothing', () => {
    for (const header of ['被叫号码', 'Called Number', '主叫归属地', '来电地区', '振铃时长', '排队时长', 'Ring Time', 'Caller Name', '通话类型', '序号', '']) {
      expect(named(header), header).to.deep.equal([undefined, 0]);
    }
  });
});

describe('call-log column mapping', () => {
  it('maps a well-named export with certainty', () => {
    const { mapping, issues, columns } = suggestMapping(
      ['主叫号码', '被叫号码', '开始时间', '结束时间', '通话时长(秒)'],
      [['13800138000', '4008001234', '2026-03-01 08:05:09', '2026-03-01 08:08:34', '205']],
    );
    expect(mapping).to.deep.equal({ start: 2, seconds: 4, caller: 0 });
    expect(issues).to.deep.equal([]);
    expect(columns.map((c) => c.role)).to.deep.equal(['caller', undefined, 'start', 'end', 'seconds']);
  });

  it('pairs a date column with a time column', () => {
    const { mapping, issues, columns } = suggestMapping(['日期', '时间', '时长'], [['2026-03-01', '08:05:09', '205']]);
    expect(mapping).to.deep.equal({ start: 0, time: 1, seconds: 2 });
    expect(issues).to.deep.equal([]);
    expect(columns.map((c) => c.role)).to.deep.equal(['date', 'time', 'seconds']);
  });

  it('pairs a date column with a start column holding times only', () => {
    const { mapping } = suggestMapping(['通话日期', '开始时间', '时长'], [['2026-03-01', '08:05', '205']]);
    expect(mapping).to.deep.equal({ start: 0, time: 1, seconds: 2 });
  });

  it('lets the values tell a 通话时间 of start times from one of durations', () => {
    expect(suggestMapping(['通话时间', '时长'], [['2026-03-01 08:05', '205']]).mapping).to.deep.equal({ start: 0, seconds: 1 });
    expect(suggestMapping(['开始时间', '通话时间'], [['2026-03-01 08:05', '205']]).mapping).to.deep.equal({ start: 0, seconds: 1 });
  });

  it('prefers talk time to billed time, and the start to the answer time', () => {
    const { mapping, issues } = suggestMapping(
      ['应答时间', '开始时间', '计费时长', '通话时长'],
      [['2026-03-01 08:05:20', '2026-03-01 08:05:09', '240', '205']],
    );
    expect(mapping).to.deep.equal({ start: 1, seconds: 3 });
    expect(issues).to.deep.equal([]);
  });

  it('derives the duration from an end time when there is no duration', () => {
    const { mapping, issues } = suggestMapping(['开始时间', '挂机时间'], [['2026-03-01 08:05:09', '2026-03-01 08:08:34']]);
    expect(mapping).to.deep.equal({ start: 0, end: 1 });
    expect(issues).to.deep.equal([]);
  });

  it('reads a minutes unit from the header', () => {
    expect(suggestMapping(['开始时间', '通话时长(分钟)'], [['2026-03-01 08:05:09', '3.5']]).mapping).to.deep.equal({
      start: 0,
      seconds: 1,
      durationUnit: 'minute',
    });
  });

  it('says when two columns fit equally well', () => {
    const { issues, mapping } = suggestMapping(['开始时间', '时长', '通话时长'], [['2026-03-01 08:05:09', '205', '205']]);
    expect(mapping.seconds).to.equal(1);
    expect(issues).to.deep.equal([{ role: 'seconds', problem: 'ambiguous', candidates: [1, 2] }]);
  });

  it('says when the duration is missing, and offers the columns that could be meant', () => {
    const { issues } = suggestMapping(['主叫号码', '开始时间'], [['13800138000', '2026-03-01 08:05:09']]);
    expect(issues).to.deep.equal([{ role: 'seconds', problem: 'missing', candidates: [] }]);
  });

  it('says when only billed time is there', () => {
    const { issues, mapping } = suggestMapping(['开始时间', '计费时长(分钟)'], [['2026-03-01 08:05:09', '4']]);
    expect(mapping).to.deep.equal({ start: 0, seconds: 1, durationUnit: 'minute' });
    expect(issues).to.deep.equal([{ role: 'seconds', problem: 'unsure', candidates: [1] }]);
  });

  it('weighs a name down when its values do not fit', () => {
    const { issues, columns } = suggestMapping(['开始时间', '时长'], [['yesterday', '205']]);
    expect(columns[0]!.confidence).to.be.below(0.8);
    expect(issues).to.deep.equal([{ role: 'start', problem: 'unsure', candidates: [0] }]);
  });

  it('guesses from the values alone under unknown names, to be confirmed', () => {
    const { mapping, issues } = suggestMapping(['Anrufer', 'Zeitpunkt', 'Dauer'], [['13800138000', '2026-03-01 08:05', '00:03:25']]);
    expect(mapping).to.deep.equal({ start: 1, seconds: 2 });
    expect(issues.map((i) => i.problem)).to.deep.equal(['unsure', 'unsure']);
  });
});

describe('call-log layout', () => {
  it('finds the header below a title, an export date and a blank line', () => {
    const layout = findLayout('通话详单\n导出时间：2026-04-02 10:00\n\n主叫号码,开始时间,通话时长\n13800138000,2026-03-01 08:05:09,205\n', false);
    expect(layout).to.include({ delimiter: ',', headerRow: 4 });
  });

  it('tells tabs and semicolons from commas by the header', () => {
    expect(findLayout('主叫号码\t开始时间\t时长,备注\n', false)).to.include({ delimiter: '\t', headerRow: 1 });
    expect(findLayout('caller;start time;duration\n1,2,3;x;y\n', false)).to.include({ delimiter: ';', headerRow: 1 });
  });

  it('takes unknown names for the header when a row of dates follows them', () => {
    expect(findLayout('Bericht\nAnrufer;Zeitpunkt;Dauer\n138;2026-03-01 08:05;205\n', false)).to.include({ delimiter: ';', headerRow: 2 });
  });

  it('reads a file without a header as data from its first row', () => {
    expect(findLayout('13800138000,2026-03-01 08:05:09,205\n', true)).to.include({ delimiter: ',', headerRow: 0 });
  });

  it('looks only at complete rows until the file is whole', () => {
    expect(findLayout('主叫号码,开始时间,通话时长\n1380013', false).rows).to.have.length(1);
    expect(findLayout('主叫号码,开始时间,通话时长\n1380013', true).rows).to.have.length(2);
  });
});
