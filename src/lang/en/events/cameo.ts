import type { PloverType } from '../../../core/contract.js';

/**
 * The PLOVER ↔ CAMEO crosswalk. Sources: PLOVER 2021 codebook, appendix "CAMEO to PLOVER"
 * (openeventdata/PLOVER), and the CAMEO 1.1b3 codebook (Schrodt 2012).
 *
 * @example CAMEO_CROSSWALK.byType.get('CONSULT')  // '040'
 */
export interface CameoCrosswalk {
  /** The generic CAMEO code of each PLOVER type, used when a trigger gives none. */
  readonly byType: ReadonlyMap<PloverType, string>;
  /** The CAMEO root (two digits) each PLOVER type comes from; several roots may map to one type. */
  readonly rootsOf: ReadonlyMap<PloverType, readonly string[]>;
  /**
   * "Express intent to …" codes (CAMEO 03x): an intended, promised or offered action is coded
   * 03x by the family of the action, keyed by the action's PLOVER type.
   */
  readonly intentOf: ReadonlyMap<PloverType, string>;
}

export function loadCameoCrosswalk(): CameoCrosswalk {
  return {
    byType: new Map<PloverType, string>([
      ['AGREE', '030'], ['CONSULT', '040'], ['SUPPORT', '051'], ['CONCEDE', '080'], ['COOPERATE', '060'], ['AID', '070'],
      ['RETREAT', '087'], ['REQUEST', '020'], ['ACCUSE', '111'], ['REJECT', '120'], ['THREATEN', '130'], ['PROTEST', '140'],
      ['SANCTION', '160'], ['MOBILIZE', '150'], ['COERCE', '170'], ['ASSAULT', '190'],
    ]),
    rootsOf: new Map<PloverType, readonly string[]>([
      ['AGREE', ['03', '05']], ['CONSULT', ['04']], ['SUPPORT', ['05', '01']], ['CONCEDE', ['08']], ['COOPERATE', ['06']],
      ['AID', ['07']], ['RETREAT', ['08']], ['REQUEST', ['02', '10']], ['ACCUSE', ['11', '09']], ['REJECT', ['12']],
      ['THREATEN', ['13']], ['PROTEST', ['14']], ['SANCTION', ['16']], ['MOBILIZE', ['15']], ['COERCE', ['17']],
      ['ASSAULT', ['18', '19', '20']],
    ]),
    intentOf: new Map<PloverType, string>([
      ['AGREE', '030'], ['COOPERATE', '031'], ['SUPPORT', '032'], ['AID', '033'], ['CONCEDE', '035'], ['RETREAT', '035'],
      ['CONSULT', '036'],
    ]),
  };
}
