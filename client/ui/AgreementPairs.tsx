import type { PairAgreement } from '../../shared/agreement/itemAgreement.ts';

const percent = (value: number | null) => (value === null ? '–' : `${Math.round(value * 100)}%`);

/** How much each pair of layers agrees: matched objects, unmatched ones, mean IoU and IDF1. */
export function AgreementPairs(props: {
  pairs: readonly PairAgreement[];
  whoOf: (layer: string) => string;
}) {
  if (props.pairs.length === 0) return null;
  return (
    <section className="review-panel agreement-pairs" aria-label="Agreement by pair">
      <h2>Agreement by pair</h2>
      <table>
        <thead>
          <tr>
            <th>pair</th>
            <th title="object-frames matched">matched</th>
            <th title="object-frames only one layer has">unmatched</th>
            <th title="mean IoU of matched objects">IoU</th>
            <th title="identity agreement of tracks">IDF1</th>
          </tr>
        </thead>
        <tbody>
          {props.pairs.map((pair) => (
            <tr key={pair.layers.join('~')} data-testid="agreement-pair">
              <td>{pair.layers.map(props.whoOf).join(' · ')}</td>
              <td>{pair.spatial.matched + pair.segments.matched}</td>
              <td>
                {pair.spatial.missing +
                  pair.spatial.extra +
                  pair.segments.missing +
                  pair.segments.extra}
              </td>
              <td>{percent(pair.spatial.meanIoU)}</td>
              <td>{percent(pair.spatial.idf1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
