/** A hop stamped earlier than the previous one, or long after it. */
import { LARGE_DELAY_SECONDS } from "../hops.ts";
import type { Finding, MailRule } from "./types.ts";

function duration(seconds: number): string {
  const abs = Math.abs(seconds);
  if (abs >= 86_400) return `${Math.round(abs / 86_400)}日`;
  if (abs >= 3600) return `${Math.round(abs / 3600)}時間`;
  return `${Math.round(abs / 60)}分`;
}

export const hopDelay: MailRule = {
  id: "hop-delay",
  description: "中継の時刻が前のサーバーより前になっている、または大きく遅れている",
  check(_mail, { hops }) {
    const findings: Finding[] = [];
    for (const hop of hops) {
      if (hop.delaySeconds === null) continue;
      const base = { id: this.id, header: "Received", lineIndex: hop.field.lineIndex } as const;
      if (hop.anomalies.includes("negative-delay")) {
        findings.push({
          ...base,
          severity: "low",
          message: `中継${hop.number}の時刻が前の中継より${duration(hop.delaySeconds)}前になっています（時計のずれか、偽の Received ヘッダーです）。`,
        });
      } else if (hop.anomalies.includes("large-delay") && hop.delaySeconds > LARGE_DELAY_SECONDS) {
        findings.push({
          ...base,
          severity: "low",
          message: `中継${hop.number}で${duration(hop.delaySeconds)}の遅れがあります。`,
        });
      }
    }
    return findings;
  },
};
