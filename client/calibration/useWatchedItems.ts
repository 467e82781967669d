import { useEffect, useState } from 'react';
import type { LabelSchemaSnapshot } from '../../shared/doc/projectSchemaDoc.ts';
import type { ItemNow } from './liveReportData.ts';
import type { CalibrationWatch } from './openCalibrationWatch.ts';

function read(watch: CalibrationWatch): { items: ItemNow[]; schema: LabelSchemaSnapshot } {
  return {
    items: watch.items.map(({ itemId, agreement, gold }) => ({
      itemId,
      agreement: agreement.getSnapshot(),
      gold: gold.getSnapshot(),
    })),
    schema: watch.labelSchema.getSnapshot(),
  };
}

/** Every watched item's latest agreement and gold, re-read whenever any of them changes. */
export function useWatchedItems(watch: CalibrationWatch) {
  const [now, setNow] = useState(() => read(watch));
  useEffect(() => {
    const refresh = () => setNow(read(watch));
    const stores = [
      ...watch.items.flatMap(({ agreement, gold }) => [agreement, gold]),
      watch.labelSchema,
    ];
    const unsubscribes = stores.map((store) => store.subscribe(refresh));
    refresh();
    return () => {
      for (const unsubscribe of unsubscribes) unsubscribe();
    };
  }, [watch]);
  return now;
}
