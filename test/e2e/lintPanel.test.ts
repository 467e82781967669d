import { describe, expect, it } from 'vitest';
import { itemDocumentName } from '../../shared/doc/documentName.ts';
import { createTrack } from '../../shared/doc/writeRecords.ts';
import { useDemoEditor } from './useDemoEditor.ts';
import { chromiumSkipReason } from './chromium.ts';

const skipReason = chromiumSkipReason();

describe.skipIf(skipReason !== null)('the live consistency lint', () => {
  const editor = useDemoEditor();

  it('lists a problem as soon as it appears and jumps to it on a click', async () => {
    expect(await editor.page.getByTestId('lint-panel').textContent()).toContain(
      'No problems found',
    );
    await editor.demo.server.collab.serverWrite(itemDocumentName('demo', 'street', 'main'), (doc) =>
      createTrack(
        doc,
        { id: 'imported-1', labelId: 'truck', frame: 40, box: { x: 10, y: 10, w: 50, h: 40 } },
        { userId: 'importer', nowMs: Date.now() },
        'server',
      ),
    );
    const finding = editor.page.getByTestId('lint-label-not-in-schema');
    await finding.waitFor({ timeout: 2_000 });
    expect(await finding.textContent()).toContain('the label schema does not have');
    await finding.click();
    await editor.page
      .locator('[data-testid="canvas"][data-frame="40"]')
      .waitFor({ timeout: 5_000 });
    await expect
      .poll(() => editor.page.getByTestId('object-imported-1').getAttribute('class'))
      .toContain('selected');
  });
});
