/**
 * First seed of the wards reference table: the 26 Sevenoaks District wards
 * with the ONS codes used in the 2019 Strategic Assessment (Table 9).
 * Another district loads its own list through the admin reference screens;
 * code reads wards from the synced table, never from this constant directly.
 */
export interface WardSeed {
  code: string;
  name: string;
}

export const SEVENOAKS_WARDS: readonly WardSeed[] = [
  { code: 'E05005008', name: 'Ash' },
  { code: 'E05005009', name: 'Brasted, Chevening and Sundridge' },
  { code: 'E05005010', name: 'Cowden and Hever' },
  { code: 'E05005011', name: 'Crockenhill and Well Hill' },
  { code: 'E05005012', name: 'Dunton Green and Riverhead' },
  { code: 'E05005013', name: 'Edenbridge North and East' },
  { code: 'E05005014', name: 'Edenbridge South and West' },
  { code: 'E05005015', name: 'Eynsford' },
  { code: 'E05005016', name: 'Farningham, Horton Kirby and South Darent' },
  { code: 'E05005017', name: 'Fawkham and West Kingsdown' },
  { code: 'E05005018', name: 'Halstead, Knockholt and Badgers Mount' },
  { code: 'E05005019', name: 'Hartley and Hodsoll Street' },
  { code: 'E05005020', name: 'Hextable' },
  { code: 'E05005021', name: 'Kemsing' },
  { code: 'E05005022', name: 'Leigh and Chiddingstone Causeway' },
  { code: 'E05005023', name: 'Otford and Shoreham' },
  { code: 'E05005024', name: 'Penshurst, Fordcombe and Chiddingstone' },
  { code: 'E05005025', name: 'Seal and Weald' },
  { code: 'E05005026', name: 'Sevenoaks Eastern' },
  { code: 'E05005027', name: 'Sevenoaks Kippington' },
  { code: 'E05005028', name: 'Sevenoaks Northern' },
  { code: 'E05005029', name: "Sevenoaks Town and St John's" },
  { code: 'E05005030', name: 'Swanley Christchurch and Swanley Village' },
  { code: 'E05005031', name: "Swanley St Mary's" },
  { code: 'E05005032', name: 'Swanley White Oak' },
  { code: 'E05005033', name: 'Westerham and Crockham Hill' },
];
