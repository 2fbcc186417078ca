/// <reference types="vitest/config" />
import { getViteConfig } from "astro/config";

export default getViteConfig({
  test: {
    root: new URL("..", import.meta.url).pathname,
    include: ["tests/unit/**/*.test.ts", "tests/components/**/*.test.ts"],
    globalSetup: ["tests/setup-ip-owner.ts"],
    // One worker runs many files (41 s instead of 72 s on 2 cores), so files share module state:
    // no test may leave a module in a state another file would not expect.
    isolate: false,
  },
});
