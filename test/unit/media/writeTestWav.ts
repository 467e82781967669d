import fs from 'node:fs/promises';

/** Writes 16-bit PCM samples (interleaved when there are several channels) as a WAV file. */
export async function writeTestWav(
  filePath: string,
  samples: Int16Array,
  sampleRate: number,
  channels = 1,
): Promise<void> {
  const dataBytes = samples.length * 2;
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(36 + dataBytes, 4);
  header.write('WAVEfmt ', 8, 'latin1');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(channels, 22);
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate * channels * 2, 28);
  header.writeUInt16LE(channels * 2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'latin1');
  header.writeUInt32LE(dataBytes, 40);
  const data = Buffer.alloc(dataBytes);
  samples.forEach((sample, index) => data.writeInt16LE(sample, index * 2));
  await fs.writeFile(filePath, Buffer.concat([header, data]));
}
