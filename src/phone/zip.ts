/**
 * US ZIP code -> state, by the USPS 3-digit ZIP prefix (sectional center facility) ranges.
 * Hand-maintained; each prefix is assigned to one state/territory except 969 (Guam / Northern
 * Mariana Islands / freely associated states) and American Samoa's 96799 inside Hawaii's 967,
 * which are resolved by the 5-digit code.
 * @module
 */

/**
 * `[first prefix, code]`, ascending; a row covers prefixes up to the next row's first prefix.
 * `''` = no state: unassigned prefixes and military APO/FPO/DPO (AA 340, AE 090-098, AP 962-966).
 * Unused prefixes inside one state's run (e.g. 213 MD, 343 FL) are left with that state.
 */
const RANGES: readonly (readonly [number, string])[] = [
  [0, ''], // 000-004: unassigned / not US destinations
  [5, 'NY'], // 005 Holtsville (IRS)
  [6, 'PR'], // 006-007
  [8, 'VI'], // 008
  [9, 'PR'], // 009
  [10, 'MA'], // 010-027
  [28, 'RI'], // 028-029
  [30, 'NH'], // 030-038
  [39, 'ME'], // 039-049
  [50, 'VT'], // 050-054
  [55, 'MA'], // 055 Andover (IRS)
  [56, 'VT'], // 056-059
  [60, 'CT'], // 060-069 (06390 Fishers Island NY: 5-digit exception, see below)
  [70, 'NJ'], // 070-089
  [90, ''], // 090-098 AE (military); 099 unassigned
  [100, 'NY'], // 100-149
  [150, 'PA'], // 150-196
  [197, 'DE'], // 197-199
  [200, 'DC'], // 200
  [201, 'VA'], // 201 Dulles
  [202, 'DC'], // 202-205
  [206, 'MD'], // 206-219
  [220, 'VA'], // 220-246
  [247, 'WV'], // 247-268
  [269, ''], // 269 unassigned
  [270, 'NC'], // 270-289
  [290, 'SC'], // 290-299
  [300, 'GA'], // 300-319
  [320, 'FL'], // 320-339
  [340, ''], // 340 AA (military)
  [341, 'FL'], // 341-349
  [350, 'AL'], // 350-369
  [370, 'TN'], // 370-385
  [386, 'MS'], // 386-397
  [398, 'GA'], // 398-399
  [400, 'KY'], // 400-427
  [428, ''], // 428-429 unassigned
  [430, 'OH'], // 430-459
  [460, 'IN'], // 460-479
  [480, 'MI'], // 480-499
  [500, 'IA'], // 500-528
  [529, ''], // 529 unassigned
  [530, 'WI'], // 530-549
  [550, 'MN'], // 550-567
  [568, ''], // 568 unassigned
  [569, 'DC'], // 569 (parcel return)
  [570, 'SD'], // 570-577
  [578, ''], // 578-579 unassigned
  [580, 'ND'], // 580-588
  [589, ''], // 589 unassigned
  [590, 'MT'], // 590-599
  [600, 'IL'], // 600-629
  [630, 'MO'], // 630-658
  [659, ''], // 659 unassigned
  [660, 'KS'], // 660-679
  [680, 'NE'], // 680-693
  [694, ''], // 694-699 unassigned
  [700, 'LA'], // 700-714
  [715, ''], // 715 unassigned
  [716, 'AR'], // 716-729
  [730, 'OK'], // 730-731
  [732, ''], // 732 unassigned
  [733, 'TX'], // 733 Austin (IRS)
  [734, 'OK'], // 734-749
  [750, 'TX'], // 750-799
  [800, 'CO'], // 800-816
  [817, ''], // 817-819 unassigned
  [820, 'WY'], // 820-831
  [832, 'ID'], // 832-838
  [839, ''], // 839 unassigned
  [840, 'UT'], // 840-847
  [848, ''], // 848-849 unassigned
  [850, 'AZ'], // 850-865
  [866, ''], // 866-869 unassigned
  [870, 'NM'], // 870-884
  [885, 'TX'], // 885 El Paso
  [886, ''], // 886-888 unassigned
  [889, 'NV'], // 889-898
  [899, ''], // 899 unassigned
  [900, 'CA'], // 900-961
  [962, ''], // 962-966 AP (military)
  [967, 'HI'], // 967-968 (96799 American Samoa: 5-digit exception)
  [969, ''], // 969 Guam / CNMI / freely associated states: by 5-digit code below
  [970, 'OR'], // 970-979
  [980, 'WA'], // 980-994
  [995, 'AK'], // 995-999
];

let byPrefix: readonly (string | undefined)[] | undefined;

function table(): readonly (string | undefined)[] {
  if (byPrefix) return byPrefix;
  const out: (string | undefined)[] = Array.from({ length: 1000 }, () => undefined);
  RANGES.forEach(([first, code], i) => {
    const end = RANGES[i + 1]?.[0] ?? 1000;
    for (let p = first; p < end; p++) out[p] = code === '' ? undefined : code;
  });
  return (byPrefix = out);
}

const ZIP = /^(\d{5})(?:-?\d{4})?$/;

/** 5-digit codes whose state differs from their prefix's. */
function fiveDigit(zip5: number): string | undefined | null {
  if (zip5 === 96799) return 'AS'; // Pago Pago, American Samoa (inside Hawaii's 967)
  if (zip5 === 6390) return 'NY'; // Fishers Island, NY (inside Connecticut's 063)
  if (Math.floor(zip5 / 100) === 969) {
    if (zip5 >= 96910 && zip5 <= 96932) return 'GU'; // Guam
    if (zip5 >= 96950 && zip5 <= 96952) return 'MP'; // Saipan, Rota, Tinian
    return undefined; // Palau 96939-96940, Micronesia 96941-96944, Marshall Is. 96960/96970
  }
  return null;
}

/**
 * The state (USPS code, incl. DC and PR/VI/GU/MP/AS) of a US ZIP code, by its 3-digit prefix.
 * @param zip - `'33101'` or ZIP+4 `'33101-1234'` / `'331011234'`
 * @returns the code, or `undefined` for a malformed or unassigned ZIP, military APO/FPO/DPO
 *   (AA/AE/AP) and the freely associated states (PW, FM, MH)
 * @example
 * ```ts
 * stateForZip('33101'); // 'FL'
 * stateForZip('09001'); // undefined (AE military)
 * ```
 * @category Phone
 */
export function stateForZip(zip: string): string | undefined {
  if (typeof zip !== 'string') return undefined;
  const m = ZIP.exec(zip.trim());
  if (!m?.[1]) return undefined;
  const zip5 = Number(m[1]);
  const special = fiveDigit(zip5);
  if (special !== null) return special;
  return table()[Math.floor(zip5 / 100)];
}
