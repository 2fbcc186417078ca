import { describe, expect, it } from "vitest";
import sharp from "sharp";
import { burnMasks, parseMaskOption } from "../../../src/integrations/masking-image-service.ts";

describe("parseMaskOption", () => {
  it("reads regions and ignores anything malformed", () => {
    expect(
      parseMaskOption(
        '[{"x":1.5,"y":2,"width":3.2,"height":4,"style":"blur"},{"x":-1,"y":0,"width":1,"height":1},{"x":"a"}]',
      ),
    ).toEqual([{ x: 1, y: 2, width: 4, height: 4, style: "blur" }]);
    for (const bad of [undefined, "", "{", "null", '{"x":1}', 42]) expect(parseMaskOption(bad)).toEqual([]);
  });
});

describe("burnMasks", () => {
  it("paints a box into the pixels and leaves the rest alone", async () => {
    const white = await sharp({ create: { width: 50, height: 30, channels: 3, background: "#ffffff" } })
      .png()
      .toBuffer();
    const out = await burnMasks(white, [{ x: 10, y: 5, width: 20, height: 10, style: "box" }]);
    const { data, info } = await sharp(out).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const at = (x: number, y: number) => data[(y * info.width + x) * info.channels]!;
    expect(at(15, 8)).toBeLessThan(60);
    expect(at(5, 8)).toBe(255);
    expect(at(40, 25)).toBe(255);
  });
  it("clamps a region that runs off the image instead of failing", async () => {
    const img = await sharp({ create: { width: 20, height: 20, channels: 3, background: "#ffffff" } })
      .png()
      .toBuffer();
    await expect(burnMasks(img, [{ x: 15, y: 15, width: 100, height: 100, style: "blur" }])).resolves.toBeInstanceOf(
      Uint8Array,
    );
  });
});
