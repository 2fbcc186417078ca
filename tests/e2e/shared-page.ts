/**
 * A `test` whose `page` is one browser page per worker, which every test of that worker navigates:
 * for specs of many short page visits (every page of the site, search queries), a new context and
 * page for each test cost more than the checks themselves. A test that adds listeners removes them
 * (see page-checks.ts); what a test reads is its own document's. Routing (the axe script) disables
 * the page's HTTP cache, so each visit transfers what a first visit would.
 */
import { test as base, type Page } from "@playwright/test";

export const test = base.extend<{ page: Page }, { workerPage: Page }>({
  workerPage: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL, locale, timezoneId } = workerInfo.project.use;
      const context = await browser.newContext({
        ...(baseURL ? { baseURL } : {}),
        ...(locale ? { locale } : {}),
        ...(timezoneId ? { timezoneId } : {}),
      });
      await use(await context.newPage());
      await context.close();
    },
    { scope: "worker" },
  ],
  page: async ({ workerPage }, use) => use(workerPage),
});
