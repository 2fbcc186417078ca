/// <reference types="vitest/config" />
import { getViteConfig } from "astro/config";

export default getViteConfig({
  test: {
    root: new URL("..", import.meta.url).pathname,
    include: ["tests/unit/**/*.test.ts", "tests/components/**/*.test.ts"],
    globalSetup: ["tests/setup-ip-owner.ts"],
  },
});
