/** Why a downloaded body could not be stored; never worth retrying with the same bytes. */
export type ImageFailureReason = 'not-an-image' | 'corrupt' | 'too-many-pixels';

export class ImageError extends Error {
  override name = 'ImageError';
  readonly transient = false;

  constructor(
    readonly reason: ImageFailureReason,
    message: string,
    /** What the body turned out to be (`html`, `pdf`, `jpeg`…; see `sniffContentKind`), when known. */
    readonly format?: string,
  ) {
    super(message);
  }
}
