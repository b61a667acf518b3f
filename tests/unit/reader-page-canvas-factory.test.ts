import type { RenderTask } from 'pdfjs-dist';
import { describe, expect, it } from 'vitest';
import { drawingTask, PageCanvasFactory } from '../../entrypoints/reader/page-canvas-factory';

/** A canvas that records which contexts were asked for, and what its bitmap renderer was given. */
function fakeCanvas() {
  const asked: { kind: string; options?: unknown }[] = [];
  const shown: (object | null)[] = [];
  const twoD = { kind: '2d' };
  const canvas = {
    width: 300,
    height: 400,
    getContext(kind: string, options?: unknown) {
      asked.push({ kind, options });
      if (kind === 'bitmaprenderer') return { transferFromImageBitmap: (bitmap: object | null) => shown.push(bitmap) };
      return twoD;
    },
  };
  return { canvas: canvas as unknown as HTMLCanvasElement, asked, shown, twoD };
}

const task = (isWorkerRendering: boolean) => ({ isWorkerRendering }) as unknown as RenderTask;
const fakeDocument = { createElement: () => fakeCanvas().canvas } as unknown as Document;

describe('PageCanvasFactory', () => {
  it("shows a worker-drawn page's picture as it came, without a 2D context", () => {
    const { canvas, asked, shown } = fakeCanvas();
    drawingTask(canvas, task(true));
    const picture = { width: 300, height: 400 } as ImageBitmap;
    new PageCanvasFactory({ ownerDocument: fakeDocument }).getNoAlphaContext(canvas)!.drawImage(picture, 0, 0);
    expect(shown).toEqual([picture]);
    expect(asked.map((ask) => ask.kind)).toEqual(['bitmaprenderer']);
  });

  it("gives PDF.js an ordinary opaque 2D context when it draws on the reader's thread", () => {
    const { canvas, asked, twoD } = fakeCanvas();
    // The worker could not start: PDF.js draws the page itself, on this canvas.
    drawingTask(canvas, task(false));
    expect(new PageCanvasFactory({ ownerDocument: fakeDocument }).getNoAlphaContext(canvas)).toBe(twoD);
    expect(asked).toEqual([{ kind: '2d', options: { alpha: false, willReadFrequently: true } }]);
  });

  it('gives a 2D context for a canvas it knows no render task of', () => {
    const { canvas, twoD } = fakeCanvas();
    expect(new PageCanvasFactory({ ownerDocument: fakeDocument }).getNoAlphaContext(canvas)).toBe(twoD);
  });

  it("makes PDF.js's scratch canvases as its own factory does, and refuses an empty size", () => {
    const factory = new PageCanvasFactory({ ownerDocument: fakeDocument });
    const made = factory.create(20, 10);
    expect([made.canvas.width, made.canvas.height]).toEqual([20, 10]);
    factory.reset(made, 40, 30);
    expect([made.canvas.width, made.canvas.height]).toEqual([40, 30]);
    expect(() => factory.create(0, 10)).toThrow('Invalid canvas size');
    factory.destroy(made);
    expect(made.canvas).toBeNull();
  });
});
