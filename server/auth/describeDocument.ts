import type { DocumentAddress } from '../../shared/doc/documentName.ts';

/** A document as people read it in messages: "layer gold of item clip-1", "the schema of project street". */
export function describeDocument(address: DocumentAddress): string {
  return address.scope === 'project'
    ? `the ${address.layer} of project ${address.projectId}`
    : `layer ${address.layer} of item ${address.itemId}`;
}
