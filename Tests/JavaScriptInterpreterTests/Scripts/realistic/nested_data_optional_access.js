// expect: none no error empty
const res = { data: { items: [] } }; console.log(res.data?.items?.[0]?.id ?? "none", res.error?.message ?? "no error", res.data.items.length > 0 || "empty");
