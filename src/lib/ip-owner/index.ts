/** Who holds an IP address, offline: compiled ip-location-db data, look-up, wording. Pure. */
export { addressKey, type AddressKey, type IpVersion } from "./address.ts";
export { createIpOwnerLookup, type DataLoader, type IpOwner, type IpOwnerLookup } from "./lookup.ts";
export { dataMonthFromVersion, type IpOwnerIndex } from "./format.ts";
export { countryNameJa, dataDateLabel, describeOwner, ownerAttribution, type OwnerView } from "./describe.ts";
export {
  kindExplanation,
  kindLabel,
  knownNetwork,
  knownNetworks,
  type KnownNetwork,
  type NetworkKind,
} from "./networks.ts";
