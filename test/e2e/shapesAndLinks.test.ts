import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { itemDocumentName } from '../../shared/doc/documentName.ts';
import type { LayerSnapshot } from '../../shared/doc/readLayer.ts';
import { readLayer } from '../../shared/doc/readLayer.ts';
import { readLayerDocument } from '../../server/exchange/readLayerDocument.ts';
import { useDemoEditor } from './useDemoEditor.ts';
import { chromiumSkipReason } from './chromium.ts';
import { goToFrame, pagePoint, waitForSaved } from './editorPage.ts';

const skipReason = chromiumSkipReason();

async function clickAt(page: Page, x: number, y: number, modifiers: ('Alt' | 'Shift')[] = []) {
  const point = await pagePoint(page, x, y);
  for (const key of modifiers) await page.keyboard.down(key);
  await page.mouse.click(point.x, point.y);
  for (const key of modifiers) await page.keyboard.up(key);
}

describe.skipIf(skipReason !== null)('polygons, keypoints and links in the editor', () => {
  const editor = useDemoEditor();

  const stored = async (): Promise<LayerSnapshot> => {
    await waitForSaved(editor.page);
    return readLayerDocument(
      editor.demo.server.collab,
      itemDocumentName('demo', 'street', 'main'),
      (doc) => readLayer(doc),
    );
  };

  it('places a polygon, moves, adds and removes vertices, and interpolates it between keyframes', async () => {
    await goToFrame(editor.page, 10);
    await editor.page.keyboard.press('2');
    await editor.page.keyboard.press('g');
    for (const [x, y] of [
      [100, 100],
      [300, 100],
      [300, 250],
      [100, 250],
    ] as const) {
      await clickAt(editor.page, x, y);
    }
    await clickAt(editor.page, 100, 100);
    await expect.poll(async () => (await stored()).shapes.length).toBe(1);
    const [polygon] = (await stored()).shapes;
    expect(polygon).toMatchObject({ geometry: 'polygon', labelId: 'car' });
    expect(polygon?.keyframes[0]?.points.map(Math.round)).toEqual([
      100, 100, 300, 100, 300, 250, 100, 250,
    ]);

    // Drag a corner at a later frame: a second keyframe, and halfway between them the corner is halfway.
    await goToFrame(editor.page, 30);
    const from = await pagePoint(editor.page, 300, 250);
    const to = await pagePoint(editor.page, 400, 350);
    await editor.page.mouse.move(from.x, from.y);
    await editor.page.mouse.down();
    await editor.page.mouse.move(to.x, to.y, { steps: 5 });
    await editor.page.mouse.up();
    await expect.poll(async () => (await stored()).shapes[0]?.keyframes.length).toBe(2);
    await goToFrame(editor.page, 20);
    const shown = await editor.page.getByTestId('canvas').getAttribute('data-shapes');
    expect(shown).toBe(`${polygon?.id}:4`);

    // An edge's middle adds a vertex; Alt+click removes one.
    await goToFrame(editor.page, 30);
    await clickAt(editor.page, 200, 100);
    await expect.poll(async () => (await stored()).shapes[0]?.keyframes[1]?.points.length).toBe(10);
    await clickAt(editor.page, 100, 250, ['Alt']);
    await expect.poll(async () => (await stored()).shapes[0]?.keyframes[1]?.points.length).toBe(8);
  });

  it('edits the polygon’s attributes: static for the object, per frame from the current frame', async () => {
    const [polygon] = (await stored()).shapes;
    await editor.page.getByTestId(`object-${polygon?.id}`).click();
    await editor.page.getByTestId('attribute-colour').selectOption('red');
    await editor.page.getByTestId('attribute-parked').check();
    await expect
      .poll(async () => (await stored()).shapes[0]?.attributes)
      .toEqual({ colour: 'red', 'parked@30': true });
  });

  it('places a skeleton from the label’s template and hides one keypoint', async () => {
    await editor.page.keyboard.press('Escape');
    await editor.page.keyboard.press('1');
    await editor.page.keyboard.press('k');
    const points = [
      [500, 60],
      [500, 180],
      [460, 120],
      [540, 120],
      [470, 300],
      [530, 300],
    ] as const;
    for (const [x, y] of points) await clickAt(editor.page, x, y);
    await expect.poll(async () => (await stored()).shapes.length).toBe(2);
    const skeleton = (await stored()).shapes.find((shape) => shape.geometry === 'skeleton');
    expect(skeleton).toMatchObject({ labelId: 'person', skeletonId: 'body' });
    expect(skeleton?.keyframes[0]?.points.length).toBe(12);
    await clickAt(editor.page, 460, 120, ['Shift']);
    await expect
      .poll(
        async () =>
          (await stored()).shapes.find((shape) => shape.id === skeleton?.id)?.keyframes[0]?.visible,
      )
      .toEqual([true, true, false, true, true, true]);
  });

  it('links the two shapes with a relation type, and the lint reports the link once an end is deleted', async () => {
    const shapes = (await stored()).shapes;
    const [first, second] = shapes;
    await editor.page.getByTestId(`object-${first?.id}`).click();
    await editor.page.getByTestId(`object-${second?.id}`).click({ modifiers: ['Shift'] });
    await editor.page.getByTestId('link-bar').waitFor();
    await editor.page.getByTestId('relation-type').selectOption('rides');
    await editor.page.keyboard.press('j');
    await expect.poll(async () => (await stored()).links.length).toBe(1);
    const [link] = (await stored()).links;
    // Both shapes are on screen at this frame, so the link is drawn between them.
    await expect
      .poll(() => editor.page.getByTestId('canvas').getAttribute('data-links'))
      .toBe(link?.id);
    expect((await stored()).links[0]).toMatchObject({
      relationTypeId: 'rides',
      from: { kind: 'object', objectId: first?.id },
      to: { kind: 'object', objectId: second?.id },
    });
    await editor.page.getByTestId(`object-${second?.id}`).click();
    // Edits within the undo capture window (300 ms) are one step; a person is never this quick.
    await editor.page.waitForTimeout(400);
    await editor.page.keyboard.press('Delete');
    await editor.page.getByTestId('lint-link-to-missing-end').waitFor({ timeout: 5_000 });
    await editor.page.getByTestId('undo').click();
    await expect.poll(async () => (await stored()).shapes.length, { timeout: 5_000 }).toBe(2);
    expect((await stored()).links).toHaveLength(1);
    await expect.poll(() => editor.page.getByTestId('lint-link-to-missing-end').count()).toBe(0);
  });

  it('tags the item and writes an instruction item that refers to a shape', async () => {
    await editor.page.getByTestId('tag-dog').click();
    await expect.poll(async () => (await stored()).tags.map((tag) => tag.labelId)).toEqual(['dog']);
    await editor.page.getByTestId('instruction-new').click();
    const prompt = editor.page.getByTestId('instruction-prompt');
    await prompt.fill('Which car turns left?');
    await prompt.blur();
    const [polygon] = (await stored()).shapes;
    await editor.page.getByTestId(`object-${polygon?.id}`).click();
    await editor.page.getByTestId('instruction-refer').click();
    await expect
      .poll(async () => (await stored()).instructions[0])
      .toMatchObject({
        prompt: 'Which car turns left?',
        response: '',
        references: [{ kind: 'object', objectId: polygon?.id }],
      });
  });
});
