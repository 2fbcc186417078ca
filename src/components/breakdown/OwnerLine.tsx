/**
 * Who holds an IP address (from the offline IP-owner data), and the credit for that data. Text only;
 * the one link is DB-IP's, which its licence asks for.
 */
import type { OwnerSourceView } from "../../lib/breakdown/model.ts";
import type { OwnerView } from "../../lib/ip-owner/describe.ts";

export function OwnerLine({ owner }: { owner: OwnerView }) {
  return (
    <div class="hb-owner" data-asn={owner.asn ?? ""}>
      <span class="hb-owner-label">
        <span class="hb-owner-key">持ち主:</span> {owner.label}
      </span>
      {owner.explanation && (
        <span class="hb-owner-kind">
          {owner.kindLabel}。{owner.explanation}
        </span>
      )}
    </div>
  );
}

export function OwnerSource({ source }: { source: OwnerSourceView }) {
  return (
    <p class="hb-detail hb-owner-source">
      {source.sentence}{" "}
      <a href={source.linkUrl} class="outbound" rel="noopener noreferrer">
        {source.linkText}
        <span class="visually-hidden">（外部サイト）</span>
      </a>
    </p>
  );
}
