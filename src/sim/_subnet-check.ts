import type { IpAddress } from '../calc/address.js';
import type { Mask } from '../calc/parse-mask.js';
import { sameSubnet } from '../calc/same-subnet.js';

/** The sender's same-network test: both addresses ANDed with the sender's own mask. */
export interface SubnetCheck {
  readonly mask: Mask;
  readonly sender: { readonly address: IpAddress; readonly network: IpAddress };
  readonly destination: { readonly address: IpAddress; readonly network: IpAddress };
  readonly same: boolean;
}

/**
 * ANDs both addresses with the sender's mask and compares (the calculator's `sameSubnet`, from
 * the sender's side: a host knows only its own mask, so that is what it applies to both).
 */
export function subnetCheck(sender: IpAddress, destination: IpAddress, mask: Mask): SubnetCheck {
  const result = sameSubnet({ address: sender, mask }, { address: destination, mask });
  return {
    mask,
    sender: { address: sender, network: result.a.network },
    destination: { address: destination, network: result.a.peerNetwork },
    same: result.aSeesB,
  };
}
