// What happens in the store after pgrec's first sync, done through Medusa's own workflows (run by recipe.sh after
// seed.ts; its data is dumped on its own): order 1 edited (tee 2 -> 1, cap removed, a hoodie added: version 2),
// order 6 canceled, the scarf soft-deleted, the cap retitled with a thumbnail, and a new order 7 by John.
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  beginOrderEditOrderWorkflow, orderEditUpdateItemQuantityWorkflow, orderEditAddNewItemWorkflow,
  requestOrderEditRequestWorkflow, confirmOrderEditRequestWorkflow, deleteProductsWorkflow, updateProductsWorkflow,
  createOrderWorkflow, cancelOrderWorkflow,
} from "@medusajs/medusa/core-flows"

export default async function changes({ container }: any) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const step = async (name: string, fn: () => Promise<any>) => {
    const s = Date.now()
    try { const r = await fn(); logger.info(`CHANGES OK ${name} (${Date.now() - s}ms)`); return r }
    catch (e: any) { logger.error(`CHANGES FAIL ${name}: ${e?.message}\n${e?.stack?.split("\n").slice(0,4).join("\n")}`); throw e }
  }
  const one = async (entity: string, fields: string[], filters: any) => (await query.graph({ entity, fields, filters })).data[0]
  const product = (handle: string) => one("product", ["id", "variants.id", "variants.sku"], { handle })

  const order1 = await one("order", ["id", "items.id", "items.variant_sku", "items.quantity"], { display_id: 1 })
  const item = (sku: string) => order1.items.find((i: any) => i.variant_sku === sku)
  const hoodie = await product("hoodie")
  await step("begin edit of order 1", () => beginOrderEditOrderWorkflow(container).run({ input: { order_id: order1.id } }))
  await step("quantities", () => orderEditUpdateItemQuantityWorkflow(container).run({ input: { order_id: order1.id,
    items: [{ id: item("SHIRT-S-Black").id, quantity: 1 }, { id: item("CAP-OS").id, quantity: 0 }] } }))
  await step("add hoodie", () => orderEditAddNewItemWorkflow(container).run({ input: { order_id: order1.id,
    items: [{ variant_id: hoodie.variants.find((v: any) => v.sku === "HOODIE-L").id, quantity: 1 }] } }))
  await step("request edit", () => requestOrderEditRequestWorkflow(container).run({ input: { order_id: order1.id } }))
  await step("confirm edit", () => confirmOrderEditRequestWorkflow(container).run({ input: { order_id: order1.id } }))

  const order6 = await one("order", ["id"], { display_id: 6 })
  await step("cancel order 6", () => cancelOrderWorkflow(container).run({ input: { order_id: order6.id } }))

  const scarf = await product("scarf")
  await step("delete scarf", () => deleteProductsWorkflow(container).run({ input: { ids: [scarf.id] } }))
  const cap = await product("cap")
  await step("update cap", () => updateProductsWorkflow(container).run({ input: { selector: { id: cap.id },
    update: { title: "Medusa Baseball Cap", thumbnail: "https://medusa-public-images.s3.eu-west-1.amazonaws.com/cap.png" } } }))

  const template = await one("order", ["region_id", "sales_channel_id", "customer_id", "email", "shipping_methods.shipping_option_id"], { display_id: 3 })
  const addr = { first_name: "John", last_name: "Roe", address_1: "Rue de Rivoli 1", city: "Paris", country_code: "fr", postal_code: "75001" }
  await step("order 7", () => createOrderWorkflow(container).run({ input: {
    region_id: template.region_id, sales_channel_id: template.sales_channel_id, customer_id: template.customer_id, email: template.email,
    currency_code: "eur", status: "pending", shipping_address: addr, billing_address: addr,
    items: [{ variant_id: cap.variants[0].id, quantity: 2 }],
    shipping_methods: [{ name: "Standard Shipping", amount: 10, shipping_option_id: template.shipping_methods[0].shipping_option_id }] } }))
}
