import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type SimContext, type Simulator, type SimulatorArchive } from '../src/index.js';

const demo: SimulatorArchive = {
  id: 'demo',
  routes: [
    {
      path: '/search',
      handle: (ctx) =>
        ctx.json(200, {
          q: ctx.query.getAll('q'),
          endpoint: ctx.endpoint,
          image: ctx.imageUrl({ seed: 1, width: 40, height: 30 }),
        }),
    },
    { path: /^\/items\/(\w+)$/, handle: (ctx) => ctx.text(200, `item ${ctx.match?.[1]}`, 'text/plain') },
    { path: /^\/maybe\//, handle: (ctx) => (ctx.path === '/maybe/yes' ? ctx.text(200, 'yes', 'text/plain') : undefined) },
    { path: '/robots.txt', handle: (ctx) => ctx.text(200, 'User-agent: *\nDisallow: /private\n', 'text/plain') },
    {
      path: '/boom',
      handle: () => {
        throw new Error('route failed');
      },
    },
  ],
};

describe('startSimulator', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ archives: [demo, { id: 'other', routes: [] }] });
  });
  afterAll(() => sim.close());

  it('listens on 127.0.0.1 and mounts each archive under its id', async () => {
    expect(sim.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(sim.endpoint('demo')).toBe(`${sim.url}/demo`);
    const response = await fetch(`${sim.endpoint('demo')}/search?q=tank&q=ship`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(await response.json()).toEqual({
      q: ['tank', 'ship'],
      endpoint: `${sim.url}/demo`,
      image: `${sim.url}/img/jpeg-1-40x30.jpg`,
    });
  });

  it('passes RegExp matches to the route and falls through when a route returns nothing', async () => {
    expect(await (await fetch(`${sim.url}/demo/items/abc`)).text()).toBe('item abc');
    expect((await fetch(`${sim.url}/demo/maybe/yes`)).status).toBe(200);
    expect((await fetch(`${sim.url}/demo/maybe/no`)).status).toBe(404);
  });

  it('lets an archive serve its robots.txt as a plain route', async () => {
    expect(await (await fetch(`${sim.url}/demo/robots.txt`)).text()).toContain('Disallow: /private');
  });

  it('answers 404 for unknown archives and paths, and routes stay inside their mount', async () => {
    for (const path of ['/nowhere/search', '/demo/unknown', '/other/search', '/search', '/']) {
      const response = await fetch(sim.url + path);
      expect(response.status, path).toBe(404);
    }
    expect(() => sim.endpoint('nowhere')).toThrow(/no archive "nowhere"/);
  });

  it('answers 500 when a route throws, and 405 to other methods', async () => {
    expect((await fetch(`${sim.url}/demo/boom`)).status).toBe(500);
    expect((await fetch(`${sim.url}/demo/search`, { method: 'POST', body: 'x' })).status).toBe(405);
  });

  it('logs every request with its headers and counts by path prefix', async () => {
    sim.reset();
    await fetch(`${sim.url}/demo/search?q=a`, { headers: { 'user-agent': 'HX4-test/1.0' } });
    await fetch(`${sim.url}/demo/items/x`);
    await fetch(`${sim.url}/other/x`);
    expect(sim.requests.count('/demo/')).toBe(2);
    expect(sim.requests.count('/demo/search')).toBe(1);
    expect(sim.requests.count()).toBe(3);
    expect(sim.requests.entries[0]).toMatchObject({ method: 'GET', path: '/demo/search?q=a', fault: null });
    expect(sim.requests.entries[0]?.headers['user-agent']).toBe('HX4-test/1.0');
    sim.requests.reset();
    expect(sim.requests.count()).toBe(0);
  });

  it('builds absolute URLs from the host the client used', async () => {
    const port = new URL(sim.url).port;
    const body = (await (await fetch(`http://localhost:${port}/demo/search`)).json()) as { image: string };
    expect(body.image).toBe(`http://localhost:${port}/img/jpeg-1-40x30.jpg`);
  });
});

describe('startSimulator refuses', () => {
  it('any host but 127.0.0.1', async () => {
    await expect(startSimulator({ archives: [], host: '0.0.0.0' })).rejects.toThrow(/127\.0\.0\.1 only/);
    await expect(startSimulator({ archives: [], host: 'localhost' })).rejects.toThrow(/127\.0\.0\.1 only/);
  });

  it('archive ids that collide or cannot be a path segment', async () => {
    await expect(startSimulator({ archives: [demo, demo] })).rejects.toThrow(/mounted twice/);
    await expect(startSimulator({ archives: [{ id: 'img', routes: [] }] })).rejects.toThrow(/invalid simulator archive id/);
    await expect(startSimulator({ archives: [{ id: 'a/b', routes: [] }] })).rejects.toThrow(/invalid simulator archive id/);
  });
});

describe('robots.txt at the host root', () => {
  it("joins the mounted archives' own robots.txt, and is 404 when none has one", async () => {
    const polite = {
      id: 'polite',
      routes: [
        { path: '/robots.txt', handle: (ctx: SimContext) => ctx.text(200, 'User-agent: *\nDisallow: /polite/admin/\n', 'text/plain') },
      ],
    };
    const plain = { id: 'plain', routes: [] };
    const sim = await startSimulator({ archives: [polite, plain] });
    try {
      const robots = await fetch(`${sim.url}/robots.txt`);
      expect(robots.status).toBe(200);
      expect(await robots.text()).toContain('Disallow: /polite/admin/');
    } finally {
      await sim.close();
    }
    const bare = await startSimulator({ archives: [plain] });
    try {
      expect((await fetch(`${bare.url}/robots.txt`)).status).toBe(404);
    } finally {
      await bare.close();
    }
  });
});
