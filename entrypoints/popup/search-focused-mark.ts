/** A user-timing mark the popup sets when its search box takes focus, on the popup document's clock (read by `npm run bench:popup`). */
export const SEARCH_FOCUSED_MARK = 'termlight-search-focused';
