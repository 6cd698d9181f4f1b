import { strFromU8, unzipSync } from 'fflate';
import { buildAdoptionReport } from './build-adoption-report';
import { renderReportCsv } from './render-csv';
import { renderReportDocx } from './render-docx';
import { renderReportMarkdown } from './render-markdown';
import { comment, reportInput } from './testing/report-fixture';

const tricky = '建议将"到2027年"改为"到2026年",并补充:\n1. 年度目标；\n2. 考核办法|评价标准。';
const report = buildAdoptionReport(
  reportInput([
    comment('c1', '区教委', 'para-guiding', tricky, {
      anchor: { nodeId: 'para-guiding', range: { start: 1, end: 7 }, quote: '推动高质量发展' },
      disposition: { disposition: 'partlyAdopted', reason: '年度目标另行制定,考核办法已有规定' },
    }),
    comment('c2', '区交通局', 'item-2', '建议增加交通运输服务质量内容。', {
      disposition: { disposition: 'alreadyCovered', reason: null },
    }),
  ]),
);

/** A strict RFC 4180 reader, to prove the CSV reads back to exactly the report's cells. */
function readCsv(csv: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < csv.length) {
    const char = csv[i];
    const next = csv[i + 1];
    if (quoted && char === '"' && next === '"') {
      field += '"';
      i += 2;
      continue;
    }
    if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === ',') {
      record.push(field);
      field = '';
    } else if (!quoted && char === '\r' && next === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 1;
    } else {
      field += char;
    }
    i += 1;
  }
  return records;
}

describe('renderReportCsv', () => {
  const csv = renderReportCsv(report);

  it('starts with a UTF-8 byte-order mark so Excel reads the Chinese text', () => {
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('writes the header and one CRLF-terminated record per row, quoting only what needs it', () => {
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('序号,条款,原文,意见建议,提出单位,采纳情况,理由,修改后文本');
    expect(lines[1].startsWith('1,一、（一）第1段,推动高质量发展,"建议将""到2027年""改为')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('reads back to exactly the cells of the report', () => {
    expect(readCsv(csv.slice(1))).toEqual([
      ['序号', '条款', '原文', '意见建议', '提出单位', '采纳情况', '理由', '修改后文本'],
      ['1', '一、（一）第1段', '推动高质量发展', tricky, '区教委', '部分采纳', '年度目标另行制定,考核办法已有规定', '以推动高质量发展为主题。'],
      ['2', '二、（一）2.', '提高产业质量竞争水平。持续培育质量品牌。', '建议增加交通运输服务质量内容。', '区交通局', '已有体现', '', '提高产业质量竞争水平。持续培育质量品牌。'],
    ]);
  });
});

describe('renderReportMarkdown', () => {
  const markdown = renderReportMarkdown(report);

  it('prints the title, the summary, the table and the 无意见 departments', () => {
    expect(markdown.split('\n').slice(0, 6)).toEqual([
      '# 《质量强区建设实施方案》征求意见采纳情况表',
      '',
      '共收到意见2条，采纳0条，部分采纳1条，不采纳0条，已有体现1条',
      '',
      '| 序号 | 条款 | 原文 | 意见建议 | 提出单位 | 采纳情况 | 理由 | 修改后文本 |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ]);
    expect(markdown).toContain('无意见单位：区民政局（逾期未反馈，视为无意见）');
  });

  it('keeps each row on one line with pipes escaped', () => {
    const row = markdown.split('\n')[6];
    expect(row).toContain('改为"到2026年",并补充:<br>1. 年度目标；<br>2. 考核办法\\|评价标准。');
    expect(row.split(/(?<!\\)\|/).length).toBe(10);
  });

  it('says how many comments still wait for a disposition', () => {
    const draft = buildAdoptionReport(reportInput([comment('c1', '区教委', 'item-1', '建议补充。')]));
    expect(renderReportMarkdown(draft)).toContain('共收到意见1条，采纳0条，部分采纳0条，不采纳0条，已有体现0条（其中1条尚未处理）');
  });
});

describe('renderReportDocx', () => {
  it('writes a Word file whose document.xml holds the title, summary, table rows and 无意见 departments', async () => {
    const buffer = await renderReportDocx(report);
    const files = unzipSync(new Uint8Array(buffer));
    const xml = strFromU8(files['word/document.xml']);
    const text = xml.replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
    expect(text).toContain('《质量强区建设实施方案》征求意见采纳情况表');
    expect(text).toContain('共收到意见2条，采纳0条，部分采纳1条，不采纳0条，已有体现1条');
    expect(xml.match(/<w:tr>|<w:tr /g)).toHaveLength(3);
    expect(text).toContain('<w:tblHeader/>');
    for (const cell of ['序号', '修改后文本', '一、（一）第1段', '年度目标另行制定,考核办法已有规定', '建议增加交通运输服务质量内容。', '已有体现']) {
      expect(text).toContain(`>${cell}<`);
    }
    expect(text).toContain('>2. 考核办法|评价标准。<');
    expect(text).toContain('无意见单位：区民政局（逾期未反馈，视为无意见）');
  });
});
