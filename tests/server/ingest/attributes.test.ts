import fc from 'fast-check';
import { parseAmount, parseDates, sentenceFacts } from '../../../server/ingest/attributes';

describe('attributes', () => {
  test('amounts become numbers with units', () => {
    const f = sentenceFacts('总投资70亿元的项目年产60万吨，全长18.5公里。', 0, 2025);
    expect(f.find((x) => x.kind === 'investment')).toMatchObject({
      value: 7_000_000_000,
      unit: 'CNY',
      text: '总投资70亿元',
    });
    expect(f.find((x) => x.kind === 'capacity')).toMatchObject({ value: 600_000, unit: '吨/year' });
    expect(f.find((x) => x.kind === 'length')).toMatchObject({ value: 18.5, unit: 'km' });
    expect(parseAmount('3.5', '万')).toBe(35000);
  });

  test('dates resolve with the document year; statuses take the date before them', () => {
    expect(parseDates('2月15日开工', 0, 2025)[0].date).toBe('2025-02-15');
    expect(parseDates('2023年12月竣工', 10, 2025)[0]).toMatchObject({ date: '2023-12', at: 10 });
    expect(parseDates('13月40日', 0, 2025)).toEqual([]);
    const f = sentenceFacts('3月8日，青禾项目点火投产，5月签约。', 0, 2024);
    expect(f.filter((x) => x.kind === 'status').map((x) => [x.value, x.date])).toEqual([
      ['投产', '2024-03-08'],
      ['签约', '2024-05'],
    ]);
  });

  test('never throws; amounts are finite and offsets inside the sentence (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            '总投资',
            '12',
            '.',
            '5',
            '亿',
            '万',
            '元',
            '年产',
            '吨',
            '月',
            '日',
            '开工',
            '投产',
            '2024年',
            '，',
          ),
          { maxLength: 30 },
        ),
        (parts) => {
          const s = parts.join('');
          for (const f of sentenceFacts(s, 100, 2024)) {
            if (typeof f.value === 'number') expect(Number.isFinite(f.value)).toBe(true);
            expect(f.at).toBeGreaterThanOrEqual(100);
            expect(f.at).toBeLessThan(100 + s.length);
          }
        },
      ),
    );
  });
});

describe('statuses are what the sentence says happened', () => {
  const statuses = (text: string) =>
    sentenceFacts(text, 0, 2025)
      .filter((f) => f.kind === 'status')
      .map((f) => f.value);
  test('done: 竣工, 通车, 投产', () => {
    expect(statuses('青禾大桥竣工通车，北辰电池项目建成投产。')).toEqual(['竣工', '通车', '竣工', '投产']);
  });
  test('planned or conditional: nothing has happened yet', () => {
    expect(statuses('青禾大桥全面建成后将大大缩短通勤时间。')).toEqual([]);
    expect(statuses('力争北辰电池项目年内建成投产。')).toEqual([]);
  });
});
