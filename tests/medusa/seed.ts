import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createSalesChannelsWorkflow, createRegionsWorkflow, createTaxRegionsWorkflow,
  createStockLocationsWorkflow, createShippingProfilesWorkflow, createShippingOptionsWorkflow,
  linkSalesChannelsToStockLocationWorkflow, createProductCategoriesWorkflow, createProductsWorkflow,
  createCustomersWorkflow, createOrderWorkflow, createCartWorkflow, addShippingMethodToCartWorkflow,
  createPaymentCollectionForCartWorkflow, createPaymentSessionsWorkflow, completeCartWorkflow,
  createCollectionsWorkflow, createProductTypesWorkflow, createProductTagsWorkflow, createPriceListsWorkflow,
  completeOrderWorkflow, cancelOrderWorkflow,
} from "@medusajs/medusa/core-flows"

export default async function seed({ container }: any) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const t0 = Date.now()
  const step = async (name: string, fn: () => Promise<any>) => {
    const s = Date.now()
    try { const r = await fn(); logger.info(`SEED OK ${name} (${Date.now() - s}ms)`); return r }
    catch (e: any) { logger.error(`SEED FAIL ${name}: ${e?.message}\n${e?.stack?.split("\n").slice(0,4).join("\n")}`); throw e }
  }

  const { result: [sc] } = await step("sales channel", () => createSalesChannelsWorkflow(container).run({ input: { salesChannelsData: [{ name: "Default Sales Channel" }] } }))
  const { result: [region] } = await step("region", () => createRegionsWorkflow(container).run({ input: { regions: [{ name: "Europe", currency_code: "eur", countries: ["de", "fr"], payment_providers: ["pp_system_default"] }] } }))
  await step("tax regions", () => createTaxRegionsWorkflow(container).run({ input: [{ country_code: "de", provider_id: "tp_system" }, { country_code: "fr", provider_id: "tp_system" }] }))
  const { result: [loc] } = await step("stock location", () => createStockLocationsWorkflow(container).run({ input: { locations: [{ name: "Berlin WH", address: { city: "Berlin", country_code: "DE", address_1: "Str. 1" } }] } }))
  await step("link loc<>manual provider", () => link.create({ [Modules.STOCK_LOCATION]: { stock_location_id: loc.id }, [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" } }))
  let profiles = await fulfillment.listShippingProfiles({ type: "default" })
  let profile = profiles[0]
  if (!profile) { const { result } = await step("shipping profile", () => createShippingProfilesWorkflow(container).run({ input: { data: [{ name: "Default Shipping Profile", type: "default" }] } })); profile = result[0] }
  const fset = await step("fulfillment set", () => fulfillment.createFulfillmentSets({ name: "Berlin delivery", type: "shipping", service_zones: [{ name: "Europe", geo_zones: [{ country_code: "de", type: "country" }, { country_code: "fr", type: "country" }] }] }))
  await step("link loc<>fset", () => link.create({ [Modules.STOCK_LOCATION]: { stock_location_id: loc.id }, [Modules.FULFILLMENT]: { fulfillment_set_id: fset.id } }))
  const { result: [so] } = await step("shipping option", () => createShippingOptionsWorkflow(container).run({ input: [{
    name: "Standard Shipping", price_type: "flat", provider_id: "manual_manual", service_zone_id: fset.service_zones[0].id, shipping_profile_id: profile.id,
    type: { label: "Standard", description: "2-3 days", code: "standard" },
    prices: [{ currency_code: "eur", amount: 10 }, { region_id: region.id, amount: 10 }],
    rules: [{ attribute: "enabled_in_store", value: "true", operator: "eq" }, { attribute: "is_return", value: "false", operator: "eq" }] }] }))
  await step("link sc<>loc", () => linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: loc.id, add: [sc.id] } }))

  const { result: cats } = await step("categories", () => createProductCategoriesWorkflow(container).run({ input: { product_categories: [{ name: "Apparel", is_active: true }, { name: "Accessories", is_active: true }] } }))
  const { result: [child] } = await step("child category", () => createProductCategoriesWorkflow(container).run({ input: { product_categories: [{ name: "Shirts", is_active: true, parent_category_id: cats[0].id }] } }))

  const { result: [summer] } = await step("collection", () => createCollectionsWorkflow(container).run({ input: { collections: [{ title: "Summer", handle: "summer" }] } }))
  const { result: [shirtType] } = await step("product type", () => createProductTypesWorkflow(container).run({ input: { product_types: [{ value: "Shirt" }] } }))
  const { result: tags } = await step("product tags", () => createProductTagsWorkflow(container).run({ input: { product_tags: [{ value: "summer" }, { value: "cotton" }] } }))
  const img = (name: string) => `https://medusa-public-images.s3.eu-west-1.amazonaws.com/${name}.png`

  const { result: products } = await step("products", () => createProductsWorkflow(container).run({ input: { products: [
    { title: "Medusa T-Shirt", handle: "t-shirt", status: "published", description: "Cotton tee", weight: 400, shipping_profile_id: profile.id,
      category_ids: [child.id], sales_channels: [{ id: sc.id }], metadata: { brand: "Medusa" },
      collection_id: summer.id, type_id: shirtType.id, tag_ids: tags.map((t: any) => t.id),
      thumbnail: img("tee-black-front"), images: [{ url: img("tee-black-front") }, { url: img("tee-black-back") }],
      options: [{ title: "Size", values: ["S", "M", "L"] }, { title: "Color", values: ["Black", "White"] }],
      variants: ["S", "M", "L"].flatMap((s) => ["Black", "White"].map((c) => ({ title: `${s} / ${c}`, sku: `SHIRT-${s}-${c}`, options: { Size: s, Color: c }, manage_inventory: false, prices: [{ amount: 15, currency_code: "eur" }, { amount: 17, currency_code: "usd" }] }))) },
    { title: "Medusa Cap", handle: "cap", status: "published", shipping_profile_id: profile.id, category_ids: [cats[1].id], sales_channels: [{ id: sc.id }],
      options: [{ title: "Size", values: ["One Size"] }],
      variants: [{ title: "One Size", sku: "CAP-OS", ean: "4006381333931", options: { Size: "One Size" }, manage_inventory: false, prices: [{ amount: 9.99, currency_code: "eur" }, { amount: 8.5, currency_code: "eur", rules: { region_id: region.id } }] }] },
    // published, bought in order 3, soft-deleted by changes.ts
    { title: "Medusa Scarf", handle: "scarf", status: "published", shipping_profile_id: profile.id, category_ids: [cats[1].id], sales_channels: [{ id: sc.id }],
      thumbnail: img("scarf"), options: [{ title: "Size", values: ["One Size"] }],
      variants: [{ title: "One Size", sku: "SCARF-OS", options: { Size: "One Size" }, manage_inventory: false, prices: [{ amount: 19, currency_code: "eur" }] }] },
    { title: "Medusa Hoodie", handle: "hoodie", status: "published", description: "Warm hoodie", shipping_profile_id: profile.id, category_ids: [cats[0].id], sales_channels: [{ id: sc.id }],
      options: [{ title: "Size", values: ["M", "L"] }],
      variants: ["M", "L"].map((s) => ({ title: s, sku: `HOODIE-${s}`, options: { Size: s }, manage_inventory: false, prices: [{ amount: s === "M" ? 39 : 41, currency_code: "eur" }] })) },
    { title: "Medusa Sweatpants", handle: "sweatpants", status: "draft", shipping_profile_id: profile.id, category_ids: [cats[0].id], sales_channels: [{ id: sc.id }],
      options: [{ title: "Size", values: ["M"] }],
      variants: [{ title: "M", sku: "SWEATPANTS-M", options: { Size: "M" }, manage_inventory: false, prices: [{ amount: 29, currency_code: "eur" }] }] },
  ] } }))
  const product = (handle: string) => products.find((p: any) => p.handle === handle)
  // a sale price below the list price: not the product's price
  await step("price list", () => createPriceListsWorkflow(container).run({ input: { price_lists_data: [{ title: "Winter sale", description: "Tees for 12", type: "sale", status: "active",
    prices: product("t-shirt").variants.map((v: any) => ({ amount: 12, currency_code: "eur", variant_id: v.id })) }] } }))

  const { result: [cust, john] } = await step("customers", () => createCustomersWorkflow(container).run({ input: { customersData: [{ email: "jane@example.com", first_name: "Jane", last_name: "Doe", phone: "+49 30 1234" }, { email: "john@example.com", first_name: "John", last_name: "Roe" }] } }))
  const addr = { first_name: "Jane", last_name: "Doe", address_1: "Unter den Linden 1", city: "Berlin", country_code: "de", postal_code: "10117" }
  const v0 = product("t-shirt").variants[0], cap = product("cap").variants[0]

  const order1 = await step("createOrderWorkflow", async () => (await createOrderWorkflow(container).run({ input: {
    region_id: region.id, sales_channel_id: sc.id, customer_id: cust.id, email: cust.email, currency_code: "eur", status: "pending",
    shipping_address: addr, billing_address: addr,
    items: [{ variant_id: v0.id, quantity: 2 }, { variant_id: cap.id, quantity: 1 }],
    shipping_methods: [{ name: "Standard Shipping", amount: 10, shipping_option_id: so.id }] } })).result)
  logger.info(`order1 ${order1.id} display_id=${order1.display_id}`)

  try {
    const { result: cart } = await step("createCart", () => createCartWorkflow(container).run({ input: { region_id: region.id, sales_channel_id: sc.id, customer_id: cust.id, email: cust.email, currency_code: "eur", shipping_address: addr, billing_address: addr, items: [{ variant_id: product("t-shirt").variants[3].id, quantity: 1 }, { variant_id: cap.id, quantity: 3 }] } }))
    await step("addShippingMethod", () => addShippingMethodToCartWorkflow(container).run({ input: { cart_id: cart.id, options: [{ id: so.id }] } }))
    const { result: pc } = await step("paymentCollection", () => createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: cart.id } }))
    const pcId = pc?.id ?? (await query.graph({ entity: "cart", fields: ["payment_collection.id"], filters: { id: cart.id } })).data[0].payment_collection.id
    await step("paymentSession", () => createPaymentSessionsWorkflow(container).run({ input: { payment_collection_id: pcId, provider_id: "pp_system_default" } }))
    const { result: order2 } = await step("completeCart", () => completeCartWorkflow(container).run({ input: { id: cart.id } }))
    logger.info(`order2 ${JSON.stringify(order2)}`)
    await step("completeOrder 2", () => completeOrderWorkflow(container).run({ input: { orderIds: [order2.id] } }))
  } catch (e: any) { logger.error(`cart path failed: ${e?.message}`) }

  const scarf = product("scarf").variants[0], hoodie = product("hoodie").variants[0]
  const order = (name: string, input: any) => step(name, async () => (await createOrderWorkflow(container).run({ input: {
    region_id: region.id, sales_channel_id: sc.id, currency_code: "eur", status: "pending", shipping_address: addr, billing_address: addr,
    shipping_methods: [{ name: "Standard Shipping", amount: 10, shipping_option_id: so.id }], ...input } })).result)
  await order("order 3", { customer_id: john.id, email: john.email, items: [{ variant_id: product("t-shirt").variants[1].id, quantity: 1 }, { variant_id: scarf.id, quantity: 1 }] })
  const order4 = await order("order 4", { customer_id: john.id, email: john.email, items: [{ variant_id: hoodie.id, quantity: 1 }] })
  await step("cancel order 4", () => cancelOrderWorkflow(container).run({ input: { order_id: order4.id } }))
  await order("draft order 5", { customer_id: cust.id, email: cust.email, status: "draft", is_draft_order: true, items: [{ variant_id: hoodie.id, quantity: 2 }] })
  // placed now, canceled by changes.ts after the first sync
  await order("order 6", { customer_id: john.id, email: john.email, items: [{ variant_id: hoodie.id, quantity: 1 }, { variant_id: cap.id, quantity: 1 }] })
  logger.info(`SEED total ${Date.now() - t0}ms`)
}
