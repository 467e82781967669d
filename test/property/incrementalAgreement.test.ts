import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Disagreement } from '../../shared/agreement/Disagreement.ts';
import type { AgreementContext } from '../../shared/agreement/incremental/IncrementalAgreement.ts';
import { IncrementalAgreement } from '../../shared/agreement/incremental/IncrementalAgreement.ts';
import { itemAgreement } from '../../shared/agreement/itemAgreement.ts';
import type { LayerSnapshot } from '../../shared/doc/readLayer.ts';
import { EDITED_LAYERS, EDITED_MEDIA, EditedLayer, editArb } from './incrementalAgreementEdits.ts';

const CONTEXT: AgreementContext = {
  media: EDITED_MEDIA,
  labels: [
    { id: 'car', name: 'Car', colour: '#1f77b4', hotkey: null },
    { id: 'person', name: 'Person', colour: '#ff7f0e', hotkey: null, iouThreshold: 0.3 },
  ],
  tiers: [
    { id: 'events', name: 'Events', kind: 'segments' },
    { id: 'words', name: 'Words', kind: 'transcript' },
  ],
};

function fullRecompute(layers: ReadonlyMap<string, EditedLayer>, joined: ReadonlySet<string>) {
  const snapshots = new Map<string, LayerSnapshot>();
  for (const name of joined) snapshots.set(name, (layers.get(name) as EditedLayer).snapshot());
  const texts = new Map(
    [...joined].map((name) => [name, new Map((layers.get(name) as EditedLayer).texts)]),
  );
  const full = itemAgreement(snapshots, { ...CONTEXT, texts });
  if (!full.ok) throw new Error(full.error);
  return full.value;
}

describe('the incremental agreement engine', () => {
  it('equals a full recompute after every edit of random edit streams across three layers', () => {
    const kindsSeen = new Set<string>();
    fc.assert(
      fc.property(
        fc.array(editArb, { minLength: 20, maxLength: 60 }),
        fc.integer({ min: 0, max: 60 }),
        (edits, thirdJoinsAt) => {
          const engine = IncrementalAgreement.create(CONTEXT);
          if (!engine.ok) throw new Error(engine.error);
          const layers = new Map(
            EDITED_LAYERS.map((name, index) => [name, new EditedLayer(`${'pqr'[index]}`)]),
          );
          const joined = new Set<string>(EDITED_LAYERS.slice(0, 2));
          for (const name of joined)
            engine.value.setLayer(name, (layers.get(name) as EditedLayer).snapshot());
          // What a writer fed only the changes would hold.
          const written = new Map<string, Disagreement>();
          edits.forEach((edit, step) => {
            const third = EDITED_LAYERS[2] as string;
            if (step === thirdJoinsAt) {
              joined.add(third);
              const layer = layers.get(third) as EditedLayer;
              engine.value.setLayer(third, layer.snapshot(), new Map(layer.texts));
            }
            const name = EDITED_LAYERS[edit.layer] as string;
            const changes = (layers.get(name) as EditedLayer).apply(edit);
            const texts = new Map((layers.get(name) as EditedLayer).texts);
            if (joined.has(name)) engine.value.applyChanges(name, changes, texts);
            const incremental = engine.value.result();
            for (const entry of incremental.disagreements) kindsSeen.add(entry.kind);
            expect(incremental).toEqual(fullRecompute(layers, joined));
            const { upserts, removals } = engine.value.takeChanges();
            for (const id of removals) written.delete(id);
            for (const entry of upserts) written.set(entry.id, entry);
            expect(new Map(incremental.disagreements.map((entry) => [entry.id, entry]))).toEqual(
              written,
            );
          });
        },
      ),
      { numRuns: 200 },
    );
    // The streams must reach every kind of finding, or the comparison proves little.
    expect([...kindsSeen].sort()).toEqual([
      'boundary',
      'extra',
      'geometry',
      'identity-switch',
      'label',
      'missing',
      'text',
    ]);
  }, 120_000);
});
