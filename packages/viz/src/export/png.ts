import { svgText } from "./svg-file.js";

/** Options of the PNG exports. */
export interface PngOptions {
  /** Pixels per CSS pixel. Default 2 (sharp on print and high-density screens). */
  scale?: number;
  /** Background colour; the charts are transparent otherwise. Default white. */
  background?: string;
}

/** A canvas as a PNG blob. */
export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) =>
      blob ? resolve(blob) : reject(new Error("the canvas could not be encoded as PNG")),
    ),
  );
}

/** The size of an SVG chart in CSS pixels, from its width and height attributes or its viewBox. */
function svgSize(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.viewBox.baseVal;
  const width = Number(svg.getAttribute("width")) || box?.width || 640;
  const height = Number(svg.getAttribute("height")) || box?.height || 400;
  return { width, height };
}

/** Draws an SVG chart on a canvas and encodes it as PNG. */
export async function svgToPng(svg: SVGSVGElement, { scale = 2, background = "white" }: PngOptions = {}) {
  const { width, height } = svgSize(svg);
  const url = URL.createObjectURL(new Blob([svgText(svg)], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.width = width;
    image.height = height;
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error("the chart could not be drawn as an image"));
      image.src = url;
    });
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext("2d")!;
    context.fillStyle = background;
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await canvasToPng(canvas);
  } finally {
    URL.revokeObjectURL(url);
  }
}
