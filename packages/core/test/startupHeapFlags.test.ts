import { describe, expect, it } from 'vitest';
import { startupHeapFlags } from '../src/memory/startupHeapFlags.js';

describe('startupHeapFlags', () => {
  it("is V8's defaults where the command line gives no heap flag", () => {
    expect(startupHeapFlags(['--enable-source-maps', '--max-old-space-size=512'])).toEqual({
      optimizeForSize: false,
      semiSpaceGrowthFactor: 2,
    });
  });

  it('reads the flags as V8 does: either spelling, --no-, a value after =, the last one given', () => {
    expect(startupHeapFlags(['--optimize_for_size', '--semi-space-growth-factor=4'])).toEqual({
      optimizeForSize: true,
      semiSpaceGrowthFactor: 4,
    });
    expect(
      startupHeapFlags(['--optimize-for-size', '--no-optimize-for-size', '--semi_space_growth_factor=3', '--semi-space-growth-factor=1']),
    ).toEqual({
      optimizeForSize: false,
      semiSpaceGrowthFactor: 1,
    });
    expect(startupHeapFlags(['--optimize-for-size=false', '--semi-space-growth-factor=x'])).toEqual({
      optimizeForSize: false,
      semiSpaceGrowthFactor: 2,
    });
  });
});
