-- pgrec 0320: embeddings stored before rec_store_embeddings flushed components below 1e-12 to 0
-- (_rec_flush_tiny): such a component (MiniLM emits ones near 1e-36) times a decay factor underflows float4,
-- and pgvector then fails the preference refresh with "value out of range: underflow" on long histories.
-- Written out here because sql_functions/ are applied after the migrations.
update rec_product_embeddings
   set embedding = (select array_agg(case when abs(x) < 1e-12 then 0 else x end order by n)
                      from unnest(embedding::real[]) with ordinality as u(x, n))::vector
 where exists (select 1 from unnest(embedding::real[]) as x where x <> 0 and abs(x) < 1e-12);
