import { imagePath, parseImageSpec, type ImageSpec, type SimRoute } from '@hx4/testkit';

/** The width a IIIF `full/512,/0/default.jpg` request asks for, as Wellcome's URLs in Europeana do. */
const IIIF_WIDTH = 512;

/** The generated image's file name (`jpeg-42-640x480.jpg`): it stays in every URL, so a seed can be read from any of them. */
function imageFile(spec: ImageSpec): string {
  return imagePath(spec).split('/').pop() as string;
}

/**
 * A script URL in the style of Spanish library systems
 * (`…/catalogo_imagenes/imagen_id.cmd?idImagen=102620362`): no image extension, the image chosen by a
 * query parameter, the media type known only from the bytes.
 */
export function scriptImageUrl(endpoint: string, spec: ImageSpec): string {
  return `${endpoint}/img/${imageFile(spec)}/imagen_id.cmd?idImagen=${spec.seed}`;
}

/** A IIIF Image API URL (`…/image/V0013398.jpg/full/512,/0/default.jpg`), as a sub-provider's `edmIsShownBy`. */
export function iiifImageUrl(endpoint: string, spec: ImageSpec): string {
  return `${endpoint}/iiif/image/${imageFile(spec)}/full/${IIIF_WIDTH},/0/default.jpg`;
}

/**
 * The script and IIIF servers answer with the generated image (through a redirect, as the other
 * archives' simulated image servers do); an unknown image or a script called without its `idImagen`
 * gets the 404 of the route table.
 */
export const IMAGE_SERVER_ROUTES: SimRoute[] = [
  {
    path: /^\/img\/([^/]+)\/imagen_id\.cmd$/,
    handle: (ctx) => {
      const spec = parseImageSpec(ctx.match?.[1] ?? '');
      if (!spec || ctx.query.get('idImagen') !== String(spec.seed)) return undefined;
      return { status: 302, headers: { location: ctx.imageUrl(spec) } };
    },
  },
  {
    path: new RegExp(`^/iiif/image/([^/]+)/full/${IIIF_WIDTH},/0/default\\.jpg$`),
    handle: (ctx) => {
      const spec = parseImageSpec(ctx.match?.[1] ?? '');
      if (!spec) return undefined;
      const height = Math.max(1, Math.round((spec.height * IIIF_WIDTH) / spec.width));
      return { status: 302, headers: { location: ctx.imageUrl({ ...spec, width: IIIF_WIDTH, height }) } };
    },
  },
];
