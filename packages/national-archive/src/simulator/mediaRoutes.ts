import { parseImageSpec, type SimRoute } from '@hx4/testkit';

/** Objects the archive serves itself: images named `.JPG` (redirected to the image factory), PDFs and videos. */
export const MEDIA_ROUTES: SimRoute[] = [
  {
    path: /^\/media\/\d+\/([a-z0-9-]+)\.JPG$/,
    handle: (ctx) => {
      const spec = parseImageSpec(`${ctx.match![1]}.jpg`);
      return spec ? ctx.text(302, '', 'text/plain', { Location: ctx.imageUrl(spec) }) : undefined;
    },
  },
  { path: /^\/media\/\d+\/[\w-]+\.pdf$/, handle: (ctx) => ctx.text(200, '%PDF-1.4\n%\u00e2\u00e3\n%%EOF\n', 'application/pdf') },
  { path: /^\/media\/\d+\/[\w-]+\.mp4$/, handle: (ctx) => ctx.text(200, '\u0000\u0000\u0000\u0018ftypmp42', 'video/mp4') },
];
