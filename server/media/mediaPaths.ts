import path from 'node:path';

/** Where ingested media files live: DATA_DIR/media/<mediaId>.<ext>. */
export function mediaDirectory(dataDir: string): string {
  return path.join(dataDir, 'media');
}

/** Where uploads are received before they are checked; on the same disk as the media, so moving one in is a rename. */
export function uploadDirectory(dataDir: string): string {
  return path.join(dataDir, 'uploads');
}

/** Where waveform peaks live: DATA_DIR/peaks/<mediaId>.peaks, one file per media, computed once. */
export function peaksDirectory(dataDir: string): string {
  return path.join(dataDir, 'peaks');
}
