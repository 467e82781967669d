import { describe, expect, it } from 'vitest';
import { runConcord } from '../runConcord.ts';

/** Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": 4 coders, 12 units, missing data. */
const KRIPPENDORFF_2011 = [
  [1, 1, null, 1],
  [2, 2, 3, 2],
  [3, 3, 3, 3],
  [3, 3, 3, 3],
  [2, 2, 2, 2],
  [1, 2, 3, 4],
  [4, 4, 4, 4],
  [1, 1, 2, 1],
  [2, 2, 2, 2],
  [null, 5, 5, 5],
  [null, null, 1, 1],
  [null, null, 3, null],
];

async function measure(metric: string, input: unknown) {
  const { code, stdout, stderr } = await runConcord(['agreement', '--metric', metric, '-'], {
    input: JSON.stringify(input),
  });
  return {
    code,
    stderr,
    output: code === 0 ? (JSON.parse(stdout) as Record<string, unknown>) : null,
  };
}

describe('concord agreement --metric', () => {
  it('computes Krippendorff’s alpha on the published example, for each level of measurement', async () => {
    const expected = { nominal: 0.743, ordinal: 0.815, interval: 0.849, ratio: 0.797 };
    for (const [metric, alpha] of Object.entries(expected)) {
      const { output } = await measure('alpha', { metric, data: KRIPPENDORFF_2011 });
      expect(output?.alpha as number).toBeCloseTo(alpha, 3);
    }
  });

  it('computes Cohen’s and Fleiss’ kappa and WER with its alignment', async () => {
    // Yes/Yes 20, Yes/No 5, No/Yes 10, No/No 15: κ = 0.4 (the textbook example of Cohen's kappa).
    const first = [...Array(25).fill('yes'), ...Array(25).fill('no')];
    const second = [
      ...Array(20).fill('yes'),
      ...Array(5).fill('no'),
      ...Array(10).fill('yes'),
      ...Array(15).fill('no'),
    ];
    const kappa = await measure('kappa', { first, second });
    expect(kappa.output).toMatchObject({ measure: 'kappa' });
    expect(kappa.output?.kappa as number).toBeCloseTo(0.4, 10);
    const fleiss = await measure('fleiss', {
      counts: [
        [2, 0],
        [0, 2],
        [1, 1],
      ],
    });
    expect(fleiss.output?.kappa as number).toBeCloseTo(1 / 3, 10);
    const wer = await measure('wer', {
      reference: 'the cat sat on the mat',
      hypothesis: 'the cat sit on mat',
    });
    expect(wer.output?.words).toMatchObject({
      substitutions: 1,
      deletions: 1,
      insertions: 0,
      rate: 2 / 6,
    });
  });

  it('assigns shapes one to one for the largest total IoU, on a matrix or on boxes', async () => {
    // Greedy takes 0.9 (row 0 → column 0) and leaves row 1 alone; the optimum pairs both rows.
    const matrix = await measure('assign', {
      iou: [
        [0.9, 0.8],
        [0.7, 0],
      ],
    });
    expect(matrix.output).toMatchObject({
      matched: [
        { row: 0, column: 1, iou: 0.8 },
        { row: 1, column: 0, iou: 0.7 },
      ],
      unmatchedRows: [],
      unmatchedColumns: [],
    });
    const boxes = await measure('assign', {
      width: 100,
      height: 100,
      left: [
        { id: 'a', box: [0, 0, 10, 10] },
        { id: 'b', box: [50, 50, 10, 10] },
      ],
      right: [{ id: 'x', box: [1, 0, 10, 10] }],
    });
    expect(boxes.output).toMatchObject({ missing: ['b'], extra: [] });
    expect((boxes.output?.matched as { leftId: string; rightId: string }[])[0]).toMatchObject({
      leftId: 'a',
      rightId: 'x',
    });
  });

  it('names what is wrong with the input, with exit code 2', async () => {
    const { code, stderr } = await measure('kappa', { first: ['a'] });
    expect(code).toBe(2);
    expect(stderr).toBe(
      'concord: the kappa input is not valid: second: Invalid input: expected array, received undefined\n',
    );
    const unknown = await runConcord(['agreement', '--metric', 'tau', '-'], { input: '{}' });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("argument 'tau' is invalid");
  });
});
