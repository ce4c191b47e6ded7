// 办不成事 journey (issue #8): zhangsan reports a matter online on a phone; the 12345 agent
// (hotline) finds it in the queue and dispatches it to 河西区行政审批局; its handler (handler-hxsp)
// signs for it and replies; zhangsan answers "not solved", so it is reopened for the same agency;
// the handler replies again and zhangsan confirms it solved. Screenshots and axe on every page.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newJourney } from '../support/browser.ts';
import { staffSession } from '../support/case-journeys.ts';
import { assertAccessible, screenshot, visible } from '../support/checks.ts';
import {
  openFromQueue,
  reportOnline,
  runAction,
  staffComplaintAction,
  statusOf,
} from '../support/complaint-journeys.ts';
import { signInViaApi } from '../support/identity.ts';

const baseUrl = inject('baseUrl');
const PHONE = { width: 360, height: 740 };
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('a complaint from report to solved, through one reopening', () => {
  it('runs the whole loop in the browser', async () => {
    const citizen = await newJourney(browser, { viewport: PHONE });
    const agent = await newJourney(browser);
    const handler = await newJourney(browser);
    try {
      // 1. zhangsan reports online on his phone.
      await signInViaApi(citizen.context, baseUrl, 'zhangsan');
      const title = `营业执照变更办不成 ${Date.now() % 100000}`;
      await citizen.page.goto(`${baseUrl}/complaints/new`);
      await visible(citizen.page.getByLabel('标题'));
      await screenshot(citizen.page, 'complaints-01-new-phone');
      await assertAccessible(citizen.page, 'complaint form (phone)');
      const number = await reportOnline(citizen.page, title, '材料齐全但窗口说系统不支持，让我改天再来。');
      await screenshot(citizen.page, 'complaints-02-filed-phone');
      await assertAccessible(citizen.page, 'complaint filed (phone)');

      // 2. The hotline agent dispatches it to 河西区行政审批局.
      await signInViaApi(agent.context, baseUrl, 'hotline');
      const id = await openFromQueue(agent.page, number);
      await screenshot(agent.page, 'complaints-03-received');
      await assertAccessible(agent.page, 'order to dispatch');
      await runAction(agent.page, '分派', async (panel) => {
        await panel.getByLabel('承办单位').click();
        await agent.page.keyboard.type('河西区行政审批局');
        await visible(agent.page.locator('.ant-select-item-option[title$="河西区行政审批局"]'));
        await agent.page.keyboard.press('Enter');
      });
      expect(await statusOf(agent.page)).toBe('dispatched');
      await screenshot(agent.page, 'complaints-04-dispatched');

      // 3. The agency's handler signs for it and replies.
      await signInViaApi(handler.context, baseUrl, 'handler-hxsp');
      await openFromQueue(handler.page, number);
      await runAction(handler.page, '签收');
      expect(await statusOf(handler.page)).toBe('signed');
      await runAction(handler.page, '答复', async (panel) => {
        await panel.getByLabel('答复内容').fill('已联系窗口，系统已支持该变更，请再次前往办理。');
      });
      expect(await statusOf(handler.page)).toBe('replied');
      await screenshot(handler.page, 'complaints-05-replied');
      await assertAccessible(handler.page, 'order replied (handler)');

      // 4. zhangsan says it is not solved: reopened for the same agency.
      await citizen.page.goto(`${baseUrl}/me/complaints`);
      await visible(citizen.page.getByRole('link', { name: title }));
      await screenshot(citizen.page, 'complaints-06-mine-phone');
      await assertAccessible(citizen.page, 'my complaints (phone)');
      await citizen.page.getByRole('link', { name: title }).click();
      await visible(citizen.page.getByTestId('complaint-reply'));
      await screenshot(citizen.page, 'complaints-07-reply-phone');
      await assertAccessible(citizen.page, 'complaint with reply (phone)');
      await citizen.page.getByRole('button', { name: '未解决，请重新办理' }).click();
      await expect.poll(() => statusOf(citizen.page)).toBe('signed');

      // 5. The handler replies again (the API is enough here); zhangsan confirms it solved.
      const staff = await staffSession(browser, 'handler-hxsp');
      await staffComplaintAction(staff, id, {
        action: 'reply',
        replyKind: 'resolved',
        comment: '已与窗口当面核实，变更已于今日办结。',
      });
      await staff.close();
      await citizen.page.reload();
      await citizen.page.getByRole('button', { name: '已解决' }).click();
      await expect.poll(() => statusOf(citizen.page)).toBe('closed');
      await visible(citizen.page.getByText('您已确认问题解决。'));
      await screenshot(citizen.page, 'complaints-08-closed-phone');
      await assertAccessible(citizen.page, 'complaint closed (phone)');

      // The agent sees the whole log.
      await agent.page.goto(`${baseUrl}/admin/complaints/${id}`);
      const log = agent.page.getByTestId('complaint-timeline').locator('li');
      await expect.poll(() => log.count()).toBe(7);
      await screenshot(agent.page, 'complaints-09-log');
      await assertAccessible(agent.page, 'order log (agent)');

      citizen.assertClean();
      agent.assertClean();
      handler.assertClean();
    } finally {
      await citizen.close();
      await agent.close();
      await handler.close();
    }
  }, 240_000);
});
