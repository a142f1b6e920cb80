import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, tempDir } from './run';

/** Zoom's participant report as downloaded: the meeting's own line, a blank line, then the participants. */
const ZOOM = [
  'Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants',
  '81234567890,Spring Open House Webinar,04/18/2024 09:58:12 AM,04/18/2024 11:02:45 AM,events@brightpath.edu,65,5',
  '',
  'Name (Original Name),User Email,Total Duration (Minutes),Guest',
  'Jane Doe,jane.doe@gmail.com,62,Yes',
  'Michael Chen (Mike),mchen@outlook.com,58,Yes',
  'Priya Patel,priya.patel@yahoo.com,41,Yes',
  'BrightPath Events,events@brightpath.edu,65,No',
  'Jane Doe,jane.doe@gmail.com,3,Yes',
].join('\r\n');

describe('a meeting report whose participants are the second table', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'participants.csv'), ZOOM);

  test('check reads the participants from their header, and the meeting line as no customer nor a misaligned row', async () => {
    const check = await run(['check', 'participants.csv', '--json'], dir);
    const report = JSON.parse(check.stdout) as {
      rows: number;
      mapping: Record<string, string | null>;
      issues: unknown[];
    };
    expect(report.rows).toBe(5);
    expect(report.mapping).toEqual({
      'Name (Original Name)': 'name',
      'User Email': 'email',
      'Total Duration (Minutes)': null,
      Guest: null,
    });
    expect(report.issues).toEqual([]);
    const text = await run(['check', 'participants.csv'], dir);
    expect(text.stdout).toContain('rows 1–3 above it hold another table (Meeting ID, Topic, Start Time…)');
  });

  test('dedupe finds the participant who joined twice, at the sheet’s row numbers', async () => {
    const dedupe = await run(['dedupe', 'participants.csv', '--json'], dir);
    const result = JSON.parse(dedupe.stdout) as { clusters: { rows: number[] }[] };
    expect(result.clusters.map((c) => c.rows)).toEqual([[5, 9]]);
  });
});
