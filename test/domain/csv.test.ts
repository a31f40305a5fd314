import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/domain/csv';

describe('CSV export', () => {
  it('starts with a byte order mark and the header row, CRLF between rows', () => {
    expect(
      toCsv(
        ['Ward', 'Calls'],
        [
          ['Ash', 3],
          ['Kemsing', 12],
        ],
      ),
    ).toBe('\uFEFFWard,Calls\r\nAsh,3\r\nKemsing,12\r\n');
  });

  it('neutralises text that a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('+44 1732')).toBe("'+44 1732");
    expect(csvCell('-1+2')).toBe("'-1+2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
  });

  it('keeps numbers as numbers, quotes commas, quotes and line breaks, and writes * as it is', () => {
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell('Caxton Close, Hartley')).toBe('"Caxton Close, Hartley"');
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"');
    expect(csvCell('*')).toBe('*');
    expect(csvCell(null)).toBe('');
    expect(csvCell(true)).toBe('yes');
  });
});
