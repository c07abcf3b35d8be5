import sharp from 'sharp';

/** How much a screenshot varies: a blank or single-colour page has no spread and no ink. */
export async function pixelSpread(png: Buffer): Promise<{ stdev: number; height: number; inked: number }> {
  const image = sharp(png);
  const { channels } = await image.stats();
  const { data, info } = await image.removeAlpha().raw().toBuffer({ resolveWithObject: true });
  let inked = 0;
  for (let i = 0; i < data.length; i += info.channels) if (data.subarray(i, i + 3).reduce((sum, value) => sum + value, 0) < 600) inked++;
  return {
    stdev: Math.max(...channels.slice(0, 3).map((channel) => channel.stdev)),
    height: info.height,
    inked: inked / (data.length / info.channels),
  };
}
