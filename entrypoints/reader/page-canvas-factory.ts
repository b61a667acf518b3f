import type { RenderTask } from 'pdfjs-dist';

/**
 * PDF.js's canvas factory (the `CanvasFactory` option of getDocument), with one difference: a page
 * that PDF.js draws in its renderer worker is shown by handing the finished picture to the page's
 * canvas as it is (an ImageBitmapRenderingContext), not by drawing it again on the reader's thread.
 *
 * When a page is drawn in the worker, PDF.js asks the factory for the page canvas's context only
 * to copy the worker's picture onto it (`drawImage(bitmap, 0, 0)`). Copied onto a 2D canvas, that
 * took 20 ms of the reader's thread a page here, and the browser then spent 25–65 ms more handing
 * the changed canvas to the compositor: the long tasks of scrolling through a PDF. A transferred
 * picture costs neither. When PDF.js draws on the reader's thread instead (the worker could not
 * start), it gets an ordinary 2D context, as before.
 */

/** The render task drawing each page canvas, set by the viewer as it starts one. */
const tasks = new WeakMap<HTMLCanvasElement, RenderTask>();

export function drawingTask(canvas: HTMLCanvasElement, task: RenderTask): void {
  tasks.set(canvas, task);
}

/** All a worker-drawn page needs of its canvas's context: the picture, whole, at the origin. */
interface PictureSink {
  drawImage(image: ImageBitmap, x: number, y: number): void;
}

export class PageCanvasFactory {
  readonly #document: Document;

  constructor({ ownerDocument = globalThis.document }: { ownerDocument?: Document } = {}) {
    this.#document = ownerDocument;
  }

  create(width: number, height: number): { canvas: HTMLCanvasElement; context: CanvasRenderingContext2D | null } {
    if (width <= 0 || height <= 0) throw new Error('Invalid canvas size');
    const canvas = this.#document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    return { canvas, context: canvas.getContext('2d', { willReadFrequently: true }) };
  }

  reset(item: { canvas: HTMLCanvasElement | null }, width: number, height: number): void {
    if (!item.canvas) throw new Error('Canvas is not specified');
    if (width <= 0 || height <= 0) throw new Error('Invalid canvas size');
    item.canvas.width = width;
    item.canvas.height = height;
  }

  destroy(item: { canvas: HTMLCanvasElement | null; context: unknown }): void {
    if (!item.canvas) throw new Error('Canvas is not specified');
    item.canvas.width = item.canvas.height = 0;
    item.canvas = null;
    item.context = null;
  }

  getNoAlphaContext(canvas: HTMLCanvasElement): CanvasRenderingContext2D | PictureSink | null {
    if (tasks.get(canvas)?.isWorkerRendering) return pictureSink(canvas);
    return canvas.getContext('2d', { alpha: false, willReadFrequently: true });
  }
}

function pictureSink(canvas: HTMLCanvasElement): PictureSink {
  return {
    drawImage(image) {
      const context = canvas.getContext('bitmaprenderer');
      if (!context) throw new Error('The page canvas cannot show a picture');
      context.transferFromImageBitmap(image);
    },
  };
}
