--
-- PostgreSQL database dump
--

\restrict xadHEaboJhNrelYpNshBo6XFvbSPXW8XPKOXXcYcHelg9qAj6YGiFHxPvkZrvfo

-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Data for Name: order_address; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.order_address (id, customer_id, company, first_name, last_name, address_1, address_2, city, country_code, province, postal_code, phone, metadata, created_at, updated_at, deleted_at) FROM stdin;
ordaddr_01M8QACYRSNP2KY03VS2DYDZ5T	\N	\N	Jane	Doe	Unter den Linden 1	\N	Berlin	de	\N	10117	\N	\N	2026-11-30 22:49:52.199+00	2026-11-30 22:49:52.199+00	\N
ordaddr_01M8QACYRTXA5A7557EM1NNQY7	\N	\N	Jane	Doe	Unter den Linden 1	\N	Berlin	de	\N	10117	\N	\N	2026-11-30 22:49:52.199+00	2026-11-30 22:49:52.199+00	\N
ordaddr_01M8QAD2Y6WDEY45R15SX5X2YC	\N	\N	Jane	Doe	Unter den Linden 1	\N	Berlin	de	\N	10117	\N	\N	2026-11-30 22:49:53.037+00	2026-11-30 22:49:53.037+00	\N
ordaddr_01M8QAD2Y6QS2V4VBBGR6449WA	\N	\N	Jane	Doe	Unter den Linden 1	\N	Berlin	de	\N	10117	\N	\N	2026-11-30 22:49:53.036+00	2026-11-30 22:49:53.036+00	\N
ordaddr_01M8QAD3TJRNTQ54WCB91P80C4	\N	\N	Jane	Doe	Unter den Linden 1	\N	Berlin	de	\N	10117	\N	\N	2026-11-30 22:49:57.333+00	2026-11-30 22:49:57.333+00	\N
ordaddr_01M8QAD3TJPW3YSQ277R4S4GWJ	\N	\N	Jane	Doe	Unter den Linden 1	\N	Berlin	de	\N	10117	\N	\N	2026-11-30 22:49:57.341+00	2026-11-30 22:49:57.341+00	\N
ordaddr_01M8QAD4D2VBEY11NSJ8STFYWR	\N	\N	Jane	Doe	Unter den Linden 1	\N	Berlin	de	\N	10117	\N	\N	2026-11-30 22:49:57.924+00	2026-11-30 22:49:57.924+00	\N
ordaddr_01M8QAD4D29YWDKAFJPB6B3QBH	\N	\N	Jane	Doe	Unter den Linden 1	\N	Berlin	de	\N	10117	\N	\N	2026-11-30 22:49:57.924+00	2026-11-30 22:49:57.924+00	\N
ordaddr_01M8QAD58CNF10DQ6616BP5ESG	\N	\N	Jane	Doe	Unter den Linden 1	\N	Berlin	de	\N	10117	\N	\N	2026-11-30 22:49:58.803+00	2026-11-30 22:49:58.803+00	\N
ordaddr_01M8QAD58DKSMVW0P8HY6M50VZ	\N	\N	Jane	Doe	Unter den Linden 1	\N	Berlin	de	\N	10117	\N	\N	2026-11-30 22:49:58.803+00	2026-11-30 22:49:58.803+00	\N
ordaddr_01M8QADHP0ZDVTC9GY422V3MKZ	\N	\N	John	Roe	Rue de Rivoli 1	\N	Paris	fr	\N	75001	\N	\N	2026-11-30 22:50:11.534+00	2026-11-30 22:50:11.534+00	\N
ordaddr_01M8QADHP0EWFBPTZ5X5EH0Q8N	\N	\N	John	Roe	Rue de Rivoli 1	\N	Paris	fr	\N	75001	\N	\N	2026-11-30 22:50:11.534+00	2026-11-30 22:50:11.534+00	\N
\.


--
-- Data for Name: order; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public."order" (id, region_id, display_id, customer_id, version, sales_channel_id, status, is_draft_order, email, currency_code, shipping_address_id, billing_address_id, no_notification, metadata, created_at, updated_at, deleted_at, canceled_at, custom_display_id, locale) FROM stdin;
order_01M8QAD2Y9EM034J5HQWAWPFEX	reg_01M8QACXKEDN9GMT531NNYJPPS	2	cus_01M8QACYG3J0BHQPWE6NVSD5QF	1	sc_01M8QACXJVFBHCWGWM2XVD04W6	completed	f	jane@example.com	eur	ordaddr_01M8QAD2Y6QS2V4VBBGR6449WA	ordaddr_01M8QAD2Y6WDEY45R15SX5X2YC	f	\N	2026-11-30 22:49:56.427+00	2026-11-30 22:49:57.078+00	\N	\N	\N	\N
order_01M8QAD3TKEEHYZJ6NGFSS5WW2	reg_01M8QACXKEDN9GMT531NNYJPPS	3	cus_01M8QACYG4QMT7RVEQZJ55VJ9T	1	sc_01M8QACXJVFBHCWGWM2XVD04W6	pending	f	john@example.com	eur	ordaddr_01M8QAD3TJPW3YSQ277R4S4GWJ	ordaddr_01M8QAD3TJRNTQ54WCB91P80C4	\N	\N	2026-11-30 22:49:57.341+00	2026-11-30 22:49:57.341+00	\N	\N	\N	\N
order_01M8QAD4D31DPWJ2CGJBV2DW83	reg_01M8QACXKEDN9GMT531NNYJPPS	4	cus_01M8QACYG4QMT7RVEQZJ55VJ9T	2	sc_01M8QACXJVFBHCWGWM2XVD04W6	canceled	f	john@example.com	eur	ordaddr_01M8QAD4D29YWDKAFJPB6B3QBH	ordaddr_01M8QAD4D2VBEY11NSJ8STFYWR	\N	\N	2026-11-30 22:49:57.924+00	2026-11-30 22:49:58.63+00	\N	2026-11-30 22:49:58.614+00	\N	\N
order_01M8QAD58JW0D1G83JE6RF3ZCB	reg_01M8QACXKEDN9GMT531NNYJPPS	5	cus_01M8QACYG3J0BHQPWE6NVSD5QF	1	sc_01M8QACXJVFBHCWGWM2XVD04W6	draft	t	jane@example.com	eur	ordaddr_01M8QAD58DKSMVW0P8HY6M50VZ	ordaddr_01M8QAD58CNF10DQ6616BP5ESG	\N	\N	2026-11-30 22:49:58.803+00	2026-11-30 22:49:58.803+00	\N	\N	\N	\N
order_01M8QACYSFRT5S979ZWTTCQBQ2	reg_01M8QACXKEDN9GMT531NNYJPPS	1	cus_01M8QACYG3J0BHQPWE6NVSD5QF	2	sc_01M8QACXJVFBHCWGWM2XVD04W6	pending	f	jane@example.com	eur	ordaddr_01M8QACYRTXA5A7557EM1NNQY7	ordaddr_01M8QACYRSNP2KY03VS2DYDZ5T	\N	\N	2026-11-30 22:49:52.199+00	2026-11-30 22:50:10.497+00	\N	\N	\N	\N
order_01M8QADHP8X5KD80S4AFPSQBF3	reg_01M8QACXKEDN9GMT531NNYJPPS	6	cus_01M8QACYG4QMT7RVEQZJ55VJ9T	1	sc_01M8QACXJVFBHCWGWM2XVD04W6	pending	f	john@example.com	eur	ordaddr_01M8QADHP0EWFBPTZ5X5EH0Q8N	ordaddr_01M8QADHP0ZDVTC9GY422V3MKZ	\N	\N	2026-11-30 22:50:11.534+00	2026-11-30 22:50:11.534+00	\N	\N	\N	\N
\.


--
-- Data for Name: order_change; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.order_change (id, order_id, version, description, status, internal_note, created_by, requested_by, requested_at, confirmed_by, confirmed_at, declined_by, declined_reason, metadata, declined_at, canceled_by, canceled_at, created_at, updated_at, change_type, deleted_at, return_id, claim_id, exchange_id, carry_over_promotions, no_notification) FROM stdin;
ordch_01M8QAD4TEE9Y86S6E24KEG8RC	order_01M8QAD4D31DPWJ2CGJBV2DW83	2	\N	confirmed	\N	\N	\N	\N	\N	2026-11-30 22:49:58.411+00	\N	\N	\N	\N	\N	\N	2026-11-30 22:49:58.351+00	2026-11-30 22:49:58.483+00	credit_line	\N	\N	\N	\N	\N	\N
ordch_01M8QADERQX9CGTQ8V3PGXA99D	order_01M8QACYSFRT5S979ZWTTCQBQ2	2	\N	confirmed	\N	\N	\N	2026-11-30 22:50:09.903+00	\N	2026-11-30 22:50:10.31+00	\N	\N	\N	\N	\N	\N	2026-11-30 22:50:08.535+00	2026-11-30 22:50:10.443+00	edit	\N	\N	\N	\N	\N	\N
\.


--
-- Data for Name: order_change_action; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.order_change_action (id, order_id, version, ordering, order_change_id, reference, reference_id, action, details, amount, raw_amount, internal_note, applied, created_at, updated_at, deleted_at, return_id, claim_id, exchange_id) FROM stdin;
ordchact_01M8QAD4V0EVP99ZHS13S2ARNE	order_01M8QAD4D31DPWJ2CGJBV2DW83	2	1	ordch_01M8QAD4TEE9Y86S6E24KEG8RC	payment_collection	\N	CREDIT_LINE_ADD	{}	0	{"value": "0", "precision": 20}	\N	t	2026-11-30 22:49:58.369+00	2026-11-30 22:49:58.535+00	\N	\N	\N	\N
ordchact_01M8QADEW37QD3EKANJK05Y43C	order_01M8QACYSFRT5S979ZWTTCQBQ2	2	2	ordch_01M8QADERQX9CGTQ8V3PGXA99D	\N	\N	ITEM_UPDATE	{"quantity": 1, "reference_id": "ordli_01M8QACYSGF34K4SN5NNW0D63P", "quantity_diff": -1}	\N	\N	\N	t	2026-11-30 22:50:08.644+00	2026-11-30 22:50:10.51+00	\N	\N	\N	\N
ordchact_01M8QADEW4P0RP71EKJYWD0Y1Q	order_01M8QACYSFRT5S979ZWTTCQBQ2	2	3	ordch_01M8QADERQX9CGTQ8V3PGXA99D	\N	\N	ITEM_UPDATE	{"quantity": 0, "reference_id": "ordli_01M8QACYSHYT6YNW3SNQ2AWAQD", "quantity_diff": -1}	\N	\N	\N	t	2026-11-30 22:50:08.644+00	2026-11-30 22:50:10.51+00	\N	\N	\N	\N
ordchact_01M8QADFQSJHXDD9QN70E14C5W	order_01M8QACYSFRT5S979ZWTTCQBQ2	2	4	ordch_01M8QADERQX9CGTQ8V3PGXA99D	\N	\N	ITEM_ADD	{"quantity": 1, "unit_price": 41, "reference_id": "ordli_01M8QADFM8KQBGKHW46Y68NHA8", "compare_at_unit_price": null}	\N	\N	\N	t	2026-11-30 22:50:09.529+00	2026-11-30 22:50:10.51+00	\N	\N	\N	\N
\.


--
-- Data for Name: order_item; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.order_item (id, order_id, version, item_id, quantity, raw_quantity, fulfilled_quantity, raw_fulfilled_quantity, shipped_quantity, raw_shipped_quantity, return_requested_quantity, raw_return_requested_quantity, return_received_quantity, raw_return_received_quantity, return_dismissed_quantity, raw_return_dismissed_quantity, written_off_quantity, raw_written_off_quantity, metadata, created_at, updated_at, deleted_at, delivered_quantity, raw_delivered_quantity, unit_price, raw_unit_price, compare_at_unit_price, raw_compare_at_unit_price) FROM stdin;
orditem_01M8QACYT5S73XBRR32Q9WYX16	order_01M8QACYSFRT5S979ZWTTCQBQ2	1	ordli_01M8QACYSGF34K4SN5NNW0D63P	2	{"value": "2", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	{}	2026-11-30 22:49:52.199+00	2026-11-30 22:49:52.199+00	\N	0	{"value": "0", "precision": 20}	\N	\N	\N	\N
orditem_01M8QACYT6GJJSD2X7YBFJGFJK	order_01M8QACYSFRT5S979ZWTTCQBQ2	1	ordli_01M8QACYSHYT6YNW3SNQ2AWAQD	1	{"value": "1", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	{}	2026-11-30 22:49:52.199+00	2026-11-30 22:49:52.199+00	\N	0	{"value": "0", "precision": 20}	\N	\N	\N	\N
orditem_01M8QAD2YAW2N12PM3981S0S6F	order_01M8QAD2Y9EM034J5HQWAWPFEX	1	ordli_01M8QAD2YAKS2JGN4M6SFKCJ3K	1	{"value": "1", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	{}	2026-11-30 22:49:56.427+00	2026-11-30 22:49:56.427+00	\N	0	{"value": "0", "precision": 20}	\N	\N	\N	\N
orditem_01M8QAD2YAACYVFG9KAH80ETG8	order_01M8QAD2Y9EM034J5HQWAWPFEX	1	ordli_01M8QAD2YAN1BD1PSV8V91QRPH	3	{"value": "3", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	{}	2026-11-30 22:49:56.427+00	2026-11-30 22:49:56.427+00	\N	0	{"value": "0", "precision": 20}	\N	\N	\N	\N
orditem_01M8QAD3TM4D7QPRWWV575AJVS	order_01M8QAD3TKEEHYZJ6NGFSS5WW2	1	ordli_01M8QAD3TMYRACC7N306VER6MN	1	{"value": "1", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	{}	2026-11-30 22:49:57.341+00	2026-11-30 22:49:57.341+00	\N	0	{"value": "0", "precision": 20}	\N	\N	\N	\N
orditem_01M8QAD3TMFSGETG25Z6P79GVS	order_01M8QAD3TKEEHYZJ6NGFSS5WW2	1	ordli_01M8QAD3TM2R77DGFBT07Y5MGT	1	{"value": "1", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	{}	2026-11-30 22:49:57.341+00	2026-11-30 22:49:57.341+00	\N	0	{"value": "0", "precision": 20}	\N	\N	\N	\N
orditem_01M8QAD4D33CHPEMFR9MXT56YM	order_01M8QAD4D31DPWJ2CGJBV2DW83	1	ordli_01M8QAD4D39ZWZ9PJ5PDHGDPW9	1	{"value": "1", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	{}	2026-11-30 22:49:57.924+00	2026-11-30 22:49:57.924+00	\N	0	{"value": "0", "precision": 20}	\N	\N	\N	\N
orditem_01M8QAD4YJ5KRHX0361ZADR04F	order_01M8QAD4D31DPWJ2CGJBV2DW83	2	ordli_01M8QAD4D39ZWZ9PJ5PDHGDPW9	1	{"value": "1", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	{}	2026-11-30 22:49:58.483+00	2026-11-30 22:49:58.483+00	\N	0	{"value": "0", "precision": 20}	39	{"value": "39", "precision": 20}	\N	\N
orditem_01M8QAD58KXJHN9SSYDF3GR7HS	order_01M8QAD58JW0D1G83JE6RF3ZCB	1	ordli_01M8QAD58KXHMRRN3CX0PWQCZ5	2	{"value": "2", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	{}	2026-11-30 22:49:58.804+00	2026-11-30 22:49:58.804+00	\N	0	{"value": "0", "precision": 20}	\N	\N	\N	\N
orditem_01M8QADGM0D20JFTJ8PYQJVP43	order_01M8QACYSFRT5S979ZWTTCQBQ2	2	ordli_01M8QACYSGF34K4SN5NNW0D63P	1	{"value": "1", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	{}	2026-11-30 22:50:10.444+00	2026-11-30 22:50:10.444+00	\N	0	{"value": "0", "precision": 20}	12	{"value": "12", "precision": 20}	15	{"value": "15", "precision": 20}
orditem_01M8QADGM0NYVDVECB71SH3F50	order_01M8QACYSFRT5S979ZWTTCQBQ2	2	ordli_01M8QADFM8KQBGKHW46Y68NHA8	1	{"value": "1", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	\N	2026-11-30 22:50:10.444+00	2026-11-30 22:50:10.444+00	\N	0	{"value": "0", "precision": 20}	41	{"value": "41", "precision": 20}	\N	\N
orditem_01M8QADHPD5TCY23X4V5D5EKQW	order_01M8QADHP8X5KD80S4AFPSQBF3	1	ordli_01M8QADHP95AM6ZJ05QX5CYQS5	2	{"value": "2", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	{}	2026-11-30 22:50:11.534+00	2026-11-30 22:50:11.534+00	\N	0	{"value": "0", "precision": 20}	\N	\N	\N	\N
\.


--
-- Data for Name: order_line_item; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.order_line_item (id, totals_id, title, subtitle, thumbnail, variant_id, product_id, product_title, product_description, product_subtitle, product_type, product_collection, product_handle, variant_sku, variant_barcode, variant_title, variant_option_values, requires_shipping, is_discountable, is_tax_inclusive, compare_at_unit_price, raw_compare_at_unit_price, unit_price, raw_unit_price, metadata, created_at, updated_at, deleted_at, is_custom_price, product_type_id, is_giftcard) FROM stdin;
ordli_01M8QACYSGF34K4SN5NNW0D63P	\N	Medusa T-Shirt	S / Black	https://medusa-public-images.s3.eu-west-1.amazonaws.com/tee-black-front.png	variant_01M8QACY936B02N9DBSY6H00EK	prod_01M8QACY1PK1MGBHAA6WJ6WBEY	Medusa T-Shirt	Cotton tee	\N	Shirt	Summer	t-shirt	SHIRT-S-Black	\N	S / Black	\N	f	t	f	15	{"value": "15", "precision": 20}	12	{"value": "12", "precision": 20}	{}	2026-11-30 22:49:52.199+00	2026-11-30 22:49:52.199+00	\N	f	ptyp_01M8QACXZZ0HE58JV3AP5PM97T	f
ordli_01M8QACYSHYT6YNW3SNQ2AWAQD	\N	Medusa Cap	One Size	\N	variant_01M8QACY9315FBW676JXW597YW	prod_01M8QACY1PZRA9NWFR8K0KX0F1	Medusa Cap	\N	\N	\N	\N	cap	CAP-OS	\N	One Size	\N	f	t	f	\N	\N	8.5	{"value": "8.5", "precision": 20}	{}	2026-11-30 22:49:52.199+00	2026-11-30 22:49:52.199+00	\N	f	\N	f
ordli_01M8QAD2YAKS2JGN4M6SFKCJ3K	\N	Medusa T-Shirt	M / White	https://medusa-public-images.s3.eu-west-1.amazonaws.com/tee-black-front.png	variant_01M8QACY934HK66404KG0CKE1R	prod_01M8QACY1PK1MGBHAA6WJ6WBEY	Medusa T-Shirt	Cotton tee	\N	Shirt	Summer	t-shirt	SHIRT-M-White	\N	M / White	\N	t	t	f	15	{"value": "15", "precision": 20}	12	{"value": "12", "precision": 20}	{}	2026-11-30 22:49:56.427+00	2026-11-30 22:49:56.427+00	\N	f	ptyp_01M8QACXZZ0HE58JV3AP5PM97T	f
ordli_01M8QAD2YAN1BD1PSV8V91QRPH	\N	Medusa Cap	One Size	\N	variant_01M8QACY9315FBW676JXW597YW	prod_01M8QACY1PZRA9NWFR8K0KX0F1	Medusa Cap	\N	\N	\N	\N	cap	CAP-OS	\N	One Size	\N	t	t	f	\N	\N	8.5	{"value": "8.5", "precision": 20}	{}	2026-11-30 22:49:56.427+00	2026-11-30 22:49:56.427+00	\N	f	\N	f
ordli_01M8QAD3TMYRACC7N306VER6MN	\N	Medusa T-Shirt	S / White	https://medusa-public-images.s3.eu-west-1.amazonaws.com/tee-black-front.png	variant_01M8QACY93QAEE1YYAFQ60V5ZQ	prod_01M8QACY1PK1MGBHAA6WJ6WBEY	Medusa T-Shirt	Cotton tee	\N	Shirt	Summer	t-shirt	SHIRT-S-White	\N	S / White	\N	f	t	f	15	{"value": "15", "precision": 20}	12	{"value": "12", "precision": 20}	{}	2026-11-30 22:49:57.341+00	2026-11-30 22:49:57.341+00	\N	f	ptyp_01M8QACXZZ0HE58JV3AP5PM97T	f
ordli_01M8QAD3TM2R77DGFBT07Y5MGT	\N	Medusa Scarf	One Size	https://medusa-public-images.s3.eu-west-1.amazonaws.com/scarf.png	variant_01M8QACY9391GTEE7NE5P7NE9X	prod_01M8QACY1P69SQH6726JSNYDWV	Medusa Scarf	\N	\N	\N	\N	scarf	SCARF-OS	\N	One Size	\N	f	t	f	\N	\N	19	{"value": "19", "precision": 20}	{}	2026-11-30 22:49:57.341+00	2026-11-30 22:49:57.341+00	\N	f	\N	f
ordli_01M8QAD4D39ZWZ9PJ5PDHGDPW9	\N	Medusa Hoodie	M	\N	variant_01M8QACY94X1SBWZBZP1C7M5AE	prod_01M8QACY1PC6XVNYGY7AD889W0	Medusa Hoodie	Warm hoodie	\N	\N	\N	hoodie	HOODIE-M	\N	M	\N	f	t	f	\N	\N	39	{"value": "39", "precision": 20}	{}	2026-11-30 22:49:57.924+00	2026-11-30 22:49:57.924+00	\N	f	\N	f
ordli_01M8QAD58KXHMRRN3CX0PWQCZ5	\N	Medusa Hoodie	M	\N	variant_01M8QACY94X1SBWZBZP1C7M5AE	prod_01M8QACY1PC6XVNYGY7AD889W0	Medusa Hoodie	Warm hoodie	\N	\N	\N	hoodie	HOODIE-M	\N	M	\N	f	t	f	\N	\N	39	{"value": "39", "precision": 20}	{}	2026-11-30 22:49:58.803+00	2026-11-30 22:49:58.803+00	\N	f	\N	f
ordli_01M8QADFM8KQBGKHW46Y68NHA8	\N	Medusa Hoodie	L	\N	variant_01M8QACY94NF6PX6D6MK5RN5WP	prod_01M8QACY1PC6XVNYGY7AD889W0	Medusa Hoodie	Warm hoodie	\N	\N	\N	hoodie	HOODIE-L	\N	L	\N	f	t	f	\N	\N	41	{"value": "41", "precision": 20}	{}	2026-11-30 22:50:09.416+00	2026-11-30 22:50:09.416+00	\N	f	\N	f
ordli_01M8QADHP95AM6ZJ05QX5CYQS5	\N	Medusa Baseball Cap	One Size	https://medusa-public-images.s3.eu-west-1.amazonaws.com/cap.png	variant_01M8QACY9315FBW676JXW597YW	prod_01M8QACY1PZRA9NWFR8K0KX0F1	Medusa Baseball Cap	\N	\N	\N	\N	cap	CAP-OS	\N	One Size	\N	f	t	f	\N	\N	8.5	{"value": "8.5", "precision": 20}	{}	2026-11-30 22:50:11.534+00	2026-11-30 22:50:11.534+00	\N	f	\N	f
\.


--
-- Data for Name: order_payment_collection; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.order_payment_collection (order_id, payment_collection_id, id, created_at, updated_at, deleted_at) FROM stdin;
order_01M8QAD2Y9EM034J5HQWAWPFEX	pay_col_01M8QAD2CYRZ37449WF6SM7A1W	ordpay_01M8QAD34XJYA6DET08KNDQW8H	2026-11-30 22:49:56.617698+00	2026-11-30 22:49:56.617698+00	\N
order_01M8QACYSFRT5S979ZWTTCQBQ2	pay_col_01M8QADH03R1TGSMH6PNRM2JJE	ordpay_01M8QADH12KPQW6XXHZ5YV970Q	2026-11-30 22:50:10.844294+00	2026-11-30 22:50:10.844294+00	\N
\.


--
-- Data for Name: order_shipping; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.order_shipping (id, order_id, version, shipping_method_id, created_at, updated_at, deleted_at, return_id, claim_id, exchange_id) FROM stdin;
ordspmv_01M8QACYSFJT0RVP9H911RZDR9	order_01M8QACYSFRT5S979ZWTTCQBQ2	1	ordsm_01M8QACYSFWTTRT1RAQSC46CBZ	2026-11-30 22:49:52.199+00	2026-11-30 22:49:52.199+00	\N	\N	\N	\N
ordspmv_01M8QAD2Y9YQ540A2REQ79SB7R	order_01M8QAD2Y9EM034J5HQWAWPFEX	1	ordsm_01M8QAD2Y9JRDRDHZ69BGJTVQE	2026-11-30 22:49:56.427+00	2026-11-30 22:49:56.427+00	\N	\N	\N	\N
ordspmv_01M8QAD3TKAZNT5VNA6X23ZKFE	order_01M8QAD3TKEEHYZJ6NGFSS5WW2	1	ordsm_01M8QAD3TKK2AQG8V9T9QQQH1Y	2026-11-30 22:49:57.341+00	2026-11-30 22:49:57.341+00	\N	\N	\N	\N
ordspmv_01M8QAD4D3EJHD5PBQWB93FBXP	order_01M8QAD4D31DPWJ2CGJBV2DW83	1	ordsm_01M8QAD4D322H3KR89ZMFTZBPJ	2026-11-30 22:49:57.924+00	2026-11-30 22:49:57.924+00	\N	\N	\N	\N
ordspmv_01M8QAD4YJV3HBQ1K85C9FYZD8	order_01M8QAD4D31DPWJ2CGJBV2DW83	2	ordsm_01M8QAD4D322H3KR89ZMFTZBPJ	2026-11-30 22:49:57.924+00	2026-11-30 22:49:57.924+00	\N	\N	\N	\N
ordspmv_01M8QAD58JWSEQHKHF9K89EXYX	order_01M8QAD58JW0D1G83JE6RF3ZCB	1	ordsm_01M8QAD58JFNCVAFK6G6B1AJPN	2026-11-30 22:49:58.804+00	2026-11-30 22:49:58.804+00	\N	\N	\N	\N
ordspmv_01M8QADGMBK4EEQ76D7YXKWGZE	order_01M8QACYSFRT5S979ZWTTCQBQ2	2	ordsm_01M8QACYSFWTTRT1RAQSC46CBZ	2026-11-30 22:49:52.199+00	2026-11-30 22:49:52.199+00	\N	\N	\N	\N
ordspmv_01M8QADHP8SPR0KQYMFN1FRNMN	order_01M8QADHP8X5KD80S4AFPSQBF3	1	ordsm_01M8QADHP8AQSBHVFBXZ16WC13	2026-11-30 22:50:11.535+00	2026-11-30 22:50:11.535+00	\N	\N	\N	\N
\.


--
-- Data for Name: order_shipping_method; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.order_shipping_method (id, name, description, amount, raw_amount, is_tax_inclusive, shipping_option_id, data, metadata, created_at, updated_at, deleted_at, is_custom_amount) FROM stdin;
ordsm_01M8QACYSFWTTRT1RAQSC46CBZ	Standard Shipping	\N	10	{"value": "10", "precision": 20}	f	so_01M8QACXT7V1H3NDH6G7EZMDQD	\N	\N	2026-11-30 22:49:52.199+00	2026-11-30 22:49:52.199+00	\N	f
ordsm_01M8QAD2Y9JRDRDHZ69BGJTVQE	Standard Shipping	\N	10	{"value": "10", "precision": 20}	f	so_01M8QACXT7V1H3NDH6G7EZMDQD	{}	\N	2026-11-30 22:49:56.427+00	2026-11-30 22:49:56.427+00	\N	f
ordsm_01M8QAD3TKK2AQG8V9T9QQQH1Y	Standard Shipping	\N	10	{"value": "10", "precision": 20}	f	so_01M8QACXT7V1H3NDH6G7EZMDQD	\N	\N	2026-11-30 22:49:57.341+00	2026-11-30 22:49:57.341+00	\N	f
ordsm_01M8QAD4D322H3KR89ZMFTZBPJ	Standard Shipping	\N	10	{"value": "10", "precision": 20}	f	so_01M8QACXT7V1H3NDH6G7EZMDQD	\N	\N	2026-11-30 22:49:57.924+00	2026-11-30 22:49:57.924+00	\N	f
ordsm_01M8QAD58JFNCVAFK6G6B1AJPN	Standard Shipping	\N	10	{"value": "10", "precision": 20}	f	so_01M8QACXT7V1H3NDH6G7EZMDQD	\N	\N	2026-11-30 22:49:58.804+00	2026-11-30 22:49:58.804+00	\N	f
ordsm_01M8QADHP8AQSBHVFBXZ16WC13	Standard Shipping	\N	10	{"value": "10", "precision": 20}	f	so_01M8QACXT7V1H3NDH6G7EZMDQD	\N	\N	2026-11-30 22:50:11.535+00	2026-11-30 22:50:11.535+00	\N	f
\.


--
-- Data for Name: order_summary; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.order_summary (id, order_id, version, totals, created_at, updated_at, deleted_at) FROM stdin;
ordsum_01M8QACYSE06YTZQSM19WRDKNQ	order_01M8QACYSFRT5S979ZWTTCQBQ2	1	{"paid_total": 0, "raw_paid_total": {"value": "0", "precision": 20}, "refunded_total": 0, "accounting_total": 42.5, "credit_line_total": 0, "transaction_total": 0, "pending_difference": 42.5, "raw_refunded_total": {"value": "0", "precision": 20}, "current_order_total": 42.5, "original_order_total": 42.5, "raw_accounting_total": {"value": "42.5", "precision": 20}, "raw_credit_line_total": {"value": "0", "precision": 20}, "raw_transaction_total": {"value": "0", "precision": 20}, "raw_pending_difference": {"value": "42.5", "precision": 20}, "raw_current_order_total": {"value": "42.5", "precision": 20}, "raw_original_order_total": {"value": "42.5", "precision": 20}}	2026-11-30 22:49:52.199+00	2026-11-30 22:49:52.199+00	\N
ordsum_01M8QAD2Y823EDSH4N5KXVE79V	order_01M8QAD2Y9EM034J5HQWAWPFEX	1	{"paid_total": 0, "raw_paid_total": {"value": "0", "precision": 20}, "refunded_total": 0, "accounting_total": 47.5, "credit_line_total": 0, "transaction_total": 0, "pending_difference": 47.5, "raw_refunded_total": {"value": "0", "precision": 20}, "current_order_total": 47.5, "original_order_total": 47.5, "raw_accounting_total": {"value": "47.5", "precision": 20}, "raw_credit_line_total": {"value": "0", "precision": 20}, "raw_transaction_total": {"value": "0", "precision": 20}, "raw_pending_difference": {"value": "47.5", "precision": 20}, "raw_current_order_total": {"value": "47.5", "precision": 20}, "raw_original_order_total": {"value": "47.5", "precision": 20}}	2026-11-30 22:49:56.427+00	2026-11-30 22:49:56.427+00	\N
ordsum_01M8QAD3TK8SCRQ705NQSBM36M	order_01M8QAD3TKEEHYZJ6NGFSS5WW2	1	{"paid_total": 0, "raw_paid_total": {"value": "0", "precision": 20}, "refunded_total": 0, "accounting_total": 41, "credit_line_total": 0, "transaction_total": 0, "pending_difference": 41, "raw_refunded_total": {"value": "0", "precision": 20}, "current_order_total": 41, "original_order_total": 41, "raw_accounting_total": {"value": "41", "precision": 20}, "raw_credit_line_total": {"value": "0", "precision": 20}, "raw_transaction_total": {"value": "0", "precision": 20}, "raw_pending_difference": {"value": "41", "precision": 20}, "raw_current_order_total": {"value": "41", "precision": 20}, "raw_original_order_total": {"value": "41", "precision": 20}}	2026-11-30 22:49:57.341+00	2026-11-30 22:49:57.341+00	\N
ordsum_01M8QAD4D3R1X1JERBM5KTXY86	order_01M8QAD4D31DPWJ2CGJBV2DW83	1	{"paid_total": 0, "raw_paid_total": {"value": "0", "precision": 20}, "refunded_total": 0, "accounting_total": 49, "credit_line_total": 0, "transaction_total": 0, "pending_difference": 49, "raw_refunded_total": {"value": "0", "precision": 20}, "current_order_total": 49, "original_order_total": 49, "raw_accounting_total": {"value": "49", "precision": 20}, "raw_credit_line_total": {"value": "0", "precision": 20}, "raw_transaction_total": {"value": "0", "precision": 20}, "raw_pending_difference": {"value": "49", "precision": 20}, "raw_current_order_total": {"value": "49", "precision": 20}, "raw_original_order_total": {"value": "49", "precision": 20}}	2026-11-30 22:49:57.924+00	2026-11-30 22:49:57.924+00	\N
ordsum_01M8QAD4YJ2A696TG9Y3Y8Y7TQ	order_01M8QAD4D31DPWJ2CGJBV2DW83	2	{"paid_total": 0, "raw_paid_total": {"value": "0", "precision": 20}, "refunded_total": 0, "accounting_total": 49, "credit_line_total": 0, "transaction_total": 0, "pending_difference": 49, "raw_refunded_total": {"value": "0", "precision": 20}, "current_order_total": 49, "original_order_total": 49, "raw_accounting_total": {"value": "49", "precision": 20}, "raw_credit_line_total": {"value": "0", "precision": 20}, "raw_transaction_total": {"value": "0", "precision": 20}, "raw_pending_difference": {"value": "49", "precision": 20}, "raw_current_order_total": {"value": "49", "precision": 20}, "raw_original_order_total": {"value": "49", "precision": 20}}	2026-11-30 22:49:58.484+00	2026-11-30 22:49:58.484+00	\N
ordsum_01M8QAD58J0BXTEM40GBX7PRT8	order_01M8QAD58JW0D1G83JE6RF3ZCB	1	{"paid_total": 0, "raw_paid_total": {"value": "0", "precision": 20}, "refunded_total": 0, "accounting_total": 88, "credit_line_total": 0, "transaction_total": 0, "pending_difference": 88, "raw_refunded_total": {"value": "0", "precision": 20}, "current_order_total": 88, "original_order_total": 88, "raw_accounting_total": {"value": "88", "precision": 20}, "raw_credit_line_total": {"value": "0", "precision": 20}, "raw_transaction_total": {"value": "0", "precision": 20}, "raw_pending_difference": {"value": "88", "precision": 20}, "raw_current_order_total": {"value": "88", "precision": 20}, "raw_original_order_total": {"value": "88", "precision": 20}}	2026-11-30 22:49:58.804+00	2026-11-30 22:49:58.804+00	\N
ordsum_01M8QADGM17JGN5BFBJHFGYAWM	order_01M8QACYSFRT5S979ZWTTCQBQ2	2	{"paid_total": 0, "raw_paid_total": {"value": "0", "precision": 20}, "refunded_total": 0, "accounting_total": 63, "credit_line_total": 0, "transaction_total": 0, "pending_difference": 63, "raw_refunded_total": {"value": "0", "precision": 20}, "current_order_total": 63, "original_order_total": 42.5, "raw_accounting_total": {"value": "63", "precision": 20}, "raw_credit_line_total": {"value": "0", "precision": 20}, "raw_transaction_total": {"value": "0", "precision": 20}, "raw_pending_difference": {"value": "63", "precision": 20}, "raw_current_order_total": {"value": "63", "precision": 20}, "raw_original_order_total": {"value": "42.5", "precision": 20}}	2026-11-30 22:50:10.444+00	2026-11-30 22:50:10.444+00	\N
ordsum_01M8QADHP7G8TFZKMGNW8K81V1	order_01M8QADHP8X5KD80S4AFPSQBF3	1	{"paid_total": 0, "raw_paid_total": {"value": "0", "precision": 20}, "refunded_total": 0, "accounting_total": 27, "credit_line_total": 0, "transaction_total": 0, "pending_difference": 27, "raw_refunded_total": {"value": "0", "precision": 20}, "current_order_total": 27, "original_order_total": 27, "raw_accounting_total": {"value": "27", "precision": 20}, "raw_credit_line_total": {"value": "0", "precision": 20}, "raw_transaction_total": {"value": "0", "precision": 20}, "raw_pending_difference": {"value": "27", "precision": 20}, "raw_current_order_total": {"value": "27", "precision": 20}, "raw_original_order_total": {"value": "27", "precision": 20}}	2026-11-30 22:50:11.534+00	2026-11-30 22:50:11.534+00	\N
\.


--
-- Data for Name: payment_collection; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.payment_collection (id, currency_code, amount, raw_amount, authorized_amount, raw_authorized_amount, captured_amount, raw_captured_amount, refunded_amount, raw_refunded_amount, created_at, updated_at, deleted_at, completed_at, status, metadata) FROM stdin;
pay_col_01M8QAD2CYRZ37449WF6SM7A1W	eur	47.5	{"value": "47.5", "precision": 20}	47.5	{"value": "47.5", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	2026-11-30 22:49:55.871+00	2026-11-30 22:49:56.874+00	\N	\N	authorized	\N
pay_col_01M8QADH03R1TGSMH6PNRM2JJE	eur	63	{"value": "63", "precision": 20}	\N	\N	\N	\N	\N	\N	2026-11-30 22:50:10.82+00	2026-11-30 22:50:10.82+00	\N	\N	not_paid	\N
\.


--
-- Data for Name: price_set; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.price_set (id, created_at, updated_at, deleted_at) FROM stdin;
pset_01M8QACXTZGWEZPQ849GPBB3MB	2026-11-30 22:49:51.2+00	2026-11-30 22:49:51.2+00	\N
pset_01M8QACYAVH9ACMTDAFD3ER4Q4	2026-11-30 22:49:51.709+00	2026-11-30 22:49:51.709+00	\N
pset_01M8QACYAVJ64Q64NNR9NXG04E	2026-11-30 22:49:51.709+00	2026-11-30 22:49:51.709+00	\N
pset_01M8QACYAVNSQNTBANZSHW3JQY	2026-11-30 22:49:51.709+00	2026-11-30 22:49:51.709+00	\N
pset_01M8QACYAVNMX2AN4QZMQMSH4Y	2026-11-30 22:49:51.709+00	2026-11-30 22:49:51.709+00	\N
pset_01M8QACYAV90RW1N2BAMTDBQBD	2026-11-30 22:49:51.709+00	2026-11-30 22:49:51.709+00	\N
pset_01M8QACYAV9H83PMEJSHHAQ8MK	2026-11-30 22:49:51.709+00	2026-11-30 22:49:51.709+00	\N
pset_01M8QACYAWWPXA1RJNWYG5713N	2026-11-30 22:49:51.709+00	2026-11-30 22:49:51.709+00	\N
pset_01M8QACYAWRX2B0AJXQY7A0JHD	2026-11-30 22:49:51.709+00	2026-11-30 22:49:51.709+00	\N
pset_01M8QACYAW91B1Z72ZEW8GXP9D	2026-11-30 22:49:51.709+00	2026-11-30 22:49:51.709+00	\N
pset_01M8QACYAWCCZEQC3C97MRDCW1	2026-11-30 22:49:51.709+00	2026-11-30 22:49:51.709+00	\N
pset_01M8QACYAWN5DD7Y2F1E8Q4MTB	2026-11-30 22:49:51.709+00	2026-11-30 22:50:11.052+00	2026-11-30 22:50:11.052+00
\.


--
-- Data for Name: price; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.price (id, title, price_set_id, currency_code, raw_amount, rules_count, created_at, updated_at, deleted_at, price_list_id, amount, min_quantity, max_quantity, raw_min_quantity, raw_max_quantity) FROM stdin;
price_01M8QACXTZ3YS91W9HJFZ9SJWR	\N	pset_01M8QACXTZGWEZPQ849GPBB3MB	eur	{"value": "10", "precision": 20}	0	2026-11-30 22:49:51.2+00	2026-11-30 22:49:51.2+00	\N	\N	10	\N	\N	\N	\N
price_01M8QACXTZP1Z56A8PR5GX0V0C	\N	pset_01M8QACXTZGWEZPQ849GPBB3MB	eur	{"value": "10", "precision": 20}	1	2026-11-30 22:49:51.2+00	2026-11-30 22:49:51.2+00	\N	\N	10	\N	\N	\N	\N
price_01M8QACYATJK316WDMGBQR6VTX	\N	pset_01M8QACYAVH9ACMTDAFD3ER4Q4	eur	{"value": "15", "precision": 20}	0	2026-11-30 22:49:51.709+00	2026-11-30 22:49:51.709+00	\N	\N	15	\N	\N	\N	\N
price_01M8QACYATRMFKX7FVBNN3MR9T	\N	pset_01M8QACYAVH9ACMTDAFD3ER4Q4	usd	{"value": "17", "precision": 20}	0	2026-11-30 22:49:51.709+00	2026-11-30 22:49:51.709+00	\N	\N	17	\N	\N	\N	\N
price_01M8QACYAV20MTF96DNJK6KVFN	\N	pset_01M8QACYAVJ64Q64NNR9NXG04E	eur	{"value": "15", "precision": 20}	0	2026-11-30 22:49:51.709+00	2026-11-30 22:49:51.709+00	\N	\N	15	\N	\N	\N	\N
price_01M8QACYAVF6HQCE38TBYSJNMP	\N	pset_01M8QACYAVJ64Q64NNR9NXG04E	usd	{"value": "17", "precision": 20}	0	2026-11-30 22:49:51.709+00	2026-11-30 22:49:51.709+00	\N	\N	17	\N	\N	\N	\N
price_01M8QACYAV1FRP243JHFEF31RM	\N	pset_01M8QACYAVNSQNTBANZSHW3JQY	eur	{"value": "15", "precision": 20}	0	2026-11-30 22:49:51.709+00	2026-11-30 22:49:51.709+00	\N	\N	15	\N	\N	\N	\N
price_01M8QACYAVJJWR56TFFTDCYAD3	\N	pset_01M8QACYAVNSQNTBANZSHW3JQY	usd	{"value": "17", "precision": 20}	0	2026-11-30 22:49:51.709+00	2026-11-30 22:49:51.709+00	\N	\N	17	\N	\N	\N	\N
price_01M8QACYAVWASJBP0PPPS5W9XS	\N	pset_01M8QACYAVNMX2AN4QZMQMSH4Y	eur	{"value": "15", "precision": 20}	0	2026-11-30 22:49:51.709+00	2026-11-30 22:49:51.709+00	\N	\N	15	\N	\N	\N	\N
price_01M8QACYAVSY85RVV5XY0YQT08	\N	pset_01M8QACYAVNMX2AN4QZMQMSH4Y	usd	{"value": "17", "precision": 20}	0	2026-11-30 22:49:51.709+00	2026-11-30 22:49:51.709+00	\N	\N	17	\N	\N	\N	\N
price_01M8QACYAVY8BAMBGMNW9TJF6D	\N	pset_01M8QACYAV90RW1N2BAMTDBQBD	eur	{"value": "15", "precision": 20}	0	2026-11-30 22:49:51.709+00	2026-11-30 22:49:51.709+00	\N	\N	15	\N	\N	\N	\N
price_01M8QACYAV3XAY1WA04D2JWG0Q	\N	pset_01M8QACYAV90RW1N2BAMTDBQBD	usd	{"value": "17", "precision": 20}	0	2026-11-30 22:49:51.709+00	2026-11-30 22:49:51.709+00	\N	\N	17	\N	\N	\N	\N
price_01M8QACYAV19HHQNSE69RHGNBG	\N	pset_01M8QACYAV9H83PMEJSHHAQ8MK	eur	{"value": "15", "precision": 20}	0	2026-11-30 22:49:51.709+00	2026-11-30 22:49:51.709+00	\N	\N	15	\N	\N	\N	\N
price_01M8QACYAVYR8D649Q6D69M6W9	\N	pset_01M8QACYAV9H83PMEJSHHAQ8MK	usd	{"value": "17", "precision": 20}	0	2026-11-30 22:49:51.709+00	2026-11-30 22:49:51.709+00	\N	\N	17	\N	\N	\N	\N
price_01M8QACYAWKD0733PMW2J4AQMT	\N	pset_01M8QACYAWWPXA1RJNWYG5713N	eur	{"value": "9.99", "precision": 20}	0	2026-11-30 22:49:51.709+00	2026-11-30 22:49:51.709+00	\N	\N	9.99	\N	\N	\N	\N
price_01M8QACYAW6Y4RQ3GKKYDE0C1V	\N	pset_01M8QACYAWWPXA1RJNWYG5713N	eur	{"value": "8.5", "precision": 20}	1	2026-11-30 22:49:51.709+00	2026-11-30 22:49:51.709+00	\N	\N	8.5	\N	\N	\N	\N
price_01M8QACYAWGV0ZA9CQR0HX2RV6	\N	pset_01M8QACYAWRX2B0AJXQY7A0JHD	eur	{"value": "39", "precision": 20}	0	2026-11-30 22:49:51.709+00	2026-11-30 22:49:51.709+00	\N	\N	39	\N	\N	\N	\N
price_01M8QACYAWA4FYXSTH9AWHA65A	\N	pset_01M8QACYAW91B1Z72ZEW8GXP9D	eur	{"value": "41", "precision": 20}	0	2026-11-30 22:49:51.709+00	2026-11-30 22:49:51.709+00	\N	\N	41	\N	\N	\N	\N
price_01M8QACYAWRJJP8A60YE70K71B	\N	pset_01M8QACYAWCCZEQC3C97MRDCW1	eur	{"value": "29", "precision": 20}	0	2026-11-30 22:49:51.709+00	2026-11-30 22:49:51.709+00	\N	\N	29	\N	\N	\N	\N
price_01M8QACYF3PMAPH646377K8AJW	\N	pset_01M8QACYAVH9ACMTDAFD3ER4Q4	eur	{"value": "12", "precision": 20}	0	2026-11-30 22:49:51.844+00	2026-11-30 22:49:51.844+00	\N	plist_01M8QACYF3PAF2XVXQ5HRN9TBA	12	\N	\N	\N	\N
price_01M8QACYF38N2R5ZWX4FE4DWFE	\N	pset_01M8QACYAVJ64Q64NNR9NXG04E	eur	{"value": "12", "precision": 20}	0	2026-11-30 22:49:51.844+00	2026-11-30 22:49:51.844+00	\N	plist_01M8QACYF3PAF2XVXQ5HRN9TBA	12	\N	\N	\N	\N
price_01M8QACYF37APYXHBEE15R0ZFX	\N	pset_01M8QACYAVNSQNTBANZSHW3JQY	eur	{"value": "12", "precision": 20}	0	2026-11-30 22:49:51.844+00	2026-11-30 22:49:51.844+00	\N	plist_01M8QACYF3PAF2XVXQ5HRN9TBA	12	\N	\N	\N	\N
price_01M8QACYF3AD0786Z50RAWPRNT	\N	pset_01M8QACYAVNMX2AN4QZMQMSH4Y	eur	{"value": "12", "precision": 20}	0	2026-11-30 22:49:51.844+00	2026-11-30 22:49:51.844+00	\N	plist_01M8QACYF3PAF2XVXQ5HRN9TBA	12	\N	\N	\N	\N
price_01M8QACYF36M71YPBQG1XXTVBB	\N	pset_01M8QACYAV90RW1N2BAMTDBQBD	eur	{"value": "12", "precision": 20}	0	2026-11-30 22:49:51.844+00	2026-11-30 22:49:51.844+00	\N	plist_01M8QACYF3PAF2XVXQ5HRN9TBA	12	\N	\N	\N	\N
price_01M8QACYF3CSDYN2TT05WGARBY	\N	pset_01M8QACYAV9H83PMEJSHHAQ8MK	eur	{"value": "12", "precision": 20}	0	2026-11-30 22:49:51.844+00	2026-11-30 22:49:51.844+00	\N	plist_01M8QACYF3PAF2XVXQ5HRN9TBA	12	\N	\N	\N	\N
price_01M8QACYAW5PN396RV9JP4K92Z	\N	pset_01M8QACYAWN5DD7Y2F1E8Q4MTB	eur	{"value": "19", "precision": 20}	0	2026-11-30 22:49:51.709+00	2026-11-30 22:50:11.071+00	2026-11-30 22:50:11.052+00	\N	19	\N	\N	\N	\N
\.


--
-- Data for Name: product; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.product (id, title, handle, subtitle, description, is_giftcard, status, thumbnail, weight, length, height, width, origin_country, hs_code, mid_code, material, collection_id, type_id, discountable, external_id, created_at, updated_at, deleted_at, metadata) FROM stdin;
prod_01M8QACY1PK1MGBHAA6WJ6WBEY	Medusa T-Shirt	t-shirt	\N	Cotton tee	f	published	https://medusa-public-images.s3.eu-west-1.amazonaws.com/tee-black-front.png	400	\N	\N	\N	\N	\N	\N	\N	pcol_01M8QACXZHAZVGPECCWM5KWPE9	ptyp_01M8QACXZZ0HE58JV3AP5PM97T	t	\N	2026-11-30 22:49:51.427+00	2026-11-30 22:49:51.427+00	\N	{"brand": "Medusa"}
prod_01M8QACY1PC6XVNYGY7AD889W0	Medusa Hoodie	hoodie	\N	Warm hoodie	f	published	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	t	\N	2026-11-30 22:49:51.427+00	2026-11-30 22:49:51.427+00	\N	\N
prod_01M8QACY1PJG2CS9JPM2152K8D	Medusa Sweatpants	sweatpants	\N	\N	f	draft	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	t	\N	2026-11-30 22:49:51.427+00	2026-11-30 22:49:51.427+00	\N	\N
prod_01M8QACY1P69SQH6726JSNYDWV	Medusa Scarf	scarf	\N	\N	f	published	https://medusa-public-images.s3.eu-west-1.amazonaws.com/scarf.png	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	t	\N	2026-11-30 22:49:51.427+00	2026-11-30 22:50:10.97+00	2026-11-30 22:50:10.964+00	\N
prod_01M8QACY1PZRA9NWFR8K0KX0F1	Medusa Baseball Cap	cap	\N	\N	f	published	https://medusa-public-images.s3.eu-west-1.amazonaws.com/cap.png	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	t	\N	2026-11-30 22:49:51.427+00	2026-11-30 22:50:11.261+00	\N	\N
\.


--
-- Data for Name: product_option; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.product_option (id, title, metadata, created_at, updated_at, deleted_at, is_exclusive) FROM stdin;
opt_01M8QACY1PDXQ5DCQN7R3AEAYD	Size	\N	2026-11-30 22:49:51.427+00	2026-11-30 22:49:51.427+00	\N	t
opt_01M8QACY1P0JP02MCFQDJW372V	Color	\N	2026-11-30 22:49:51.427+00	2026-11-30 22:49:51.427+00	\N	t
opt_01M8QACY1P05ZAPMBQRW4EN20Z	Size	\N	2026-11-30 22:49:51.427+00	2026-11-30 22:49:51.427+00	\N	t
opt_01M8QACY1PWBT488QJMR0T3CQH	Size	\N	2026-11-30 22:49:51.427+00	2026-11-30 22:49:51.427+00	\N	t
opt_01M8QACY1PSEGHATV11RE4JWZY	Size	\N	2026-11-30 22:49:51.427+00	2026-11-30 22:49:51.427+00	\N	t
opt_01M8QACY1PJY547C4WJKNFAH6K	Size	\N	2026-11-30 22:49:51.427+00	2026-11-30 22:50:11.145+00	2026-11-30 22:50:11.145+00	t
\.


--
-- Data for Name: product_option_value; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.product_option_value (id, value, option_id, metadata, created_at, updated_at, deleted_at, rank) FROM stdin;
optval_01M8QACY22C2GGGT2NMN04DZHJ	S	opt_01M8QACY1PDXQ5DCQN7R3AEAYD	\N	2026-11-30 22:49:51.428+00	2026-11-30 22:49:51.428+00	\N	\N
optval_01M8QACY22825C2S60ACQ8VVSQ	M	opt_01M8QACY1PDXQ5DCQN7R3AEAYD	\N	2026-11-30 22:49:51.428+00	2026-11-30 22:49:51.428+00	\N	\N
optval_01M8QACY2292KKSJF482S8WDRK	L	opt_01M8QACY1PDXQ5DCQN7R3AEAYD	\N	2026-11-30 22:49:51.428+00	2026-11-30 22:49:51.428+00	\N	\N
optval_01M8QACY2269MF88YQ7HP6GPT3	Black	opt_01M8QACY1P0JP02MCFQDJW372V	\N	2026-11-30 22:49:51.428+00	2026-11-30 22:49:51.428+00	\N	\N
optval_01M8QACY22HGS86TC35V66TM5X	White	opt_01M8QACY1P0JP02MCFQDJW372V	\N	2026-11-30 22:49:51.428+00	2026-11-30 22:49:51.428+00	\N	\N
optval_01M8QACY22C6S4CP5NQEP3NG35	One Size	opt_01M8QACY1P05ZAPMBQRW4EN20Z	\N	2026-11-30 22:49:51.428+00	2026-11-30 22:49:51.428+00	\N	\N
optval_01M8QACY22AQBE1SKYRXFR7BFQ	M	opt_01M8QACY1PWBT488QJMR0T3CQH	\N	2026-11-30 22:49:51.428+00	2026-11-30 22:49:51.428+00	\N	\N
optval_01M8QACY22S2YNT5T965ND7MKX	L	opt_01M8QACY1PWBT488QJMR0T3CQH	\N	2026-11-30 22:49:51.428+00	2026-11-30 22:49:51.428+00	\N	\N
optval_01M8QACY22R18ZMF7FSZJ6TZ29	M	opt_01M8QACY1PSEGHATV11RE4JWZY	\N	2026-11-30 22:49:51.428+00	2026-11-30 22:49:51.428+00	\N	\N
optval_01M8QACY22VBAMR1VKAQ89SBQX	One Size	opt_01M8QACY1PJY547C4WJKNFAH6K	\N	2026-11-30 22:49:51.428+00	2026-11-30 22:50:11.165+00	2026-11-30 22:50:11.145+00	\N
\.


--
-- Data for Name: product_product_option; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.product_product_option (id, product_id, product_option_id, created_at, updated_at, deleted_at) FROM stdin;
prodopt_01M8QACY2ZGGSBFMMNEW29VD6J	prod_01M8QACY1PK1MGBHAA6WJ6WBEY	opt_01M8QACY1PDXQ5DCQN7R3AEAYD	2026-11-30 22:49:51.457+00	2026-11-30 22:49:51.457+00	\N
prodopt_01M8QACY2Z8D6N32TEC7S6B00A	prod_01M8QACY1PK1MGBHAA6WJ6WBEY	opt_01M8QACY1P0JP02MCFQDJW372V	2026-11-30 22:49:51.457+00	2026-11-30 22:49:51.457+00	\N
prodopt_01M8QACY2ZVKMHFACESFAMX9JW	prod_01M8QACY1PZRA9NWFR8K0KX0F1	opt_01M8QACY1P05ZAPMBQRW4EN20Z	2026-11-30 22:49:51.457+00	2026-11-30 22:49:51.457+00	\N
prodopt_01M8QACY2ZK9T4J675EAH2GW3N	prod_01M8QACY1PC6XVNYGY7AD889W0	opt_01M8QACY1PWBT488QJMR0T3CQH	2026-11-30 22:49:51.457+00	2026-11-30 22:49:51.457+00	\N
prodopt_01M8QACY2Z12W1V9Q3Q0N4AWV1	prod_01M8QACY1PJG2CS9JPM2152K8D	opt_01M8QACY1PSEGHATV11RE4JWZY	2026-11-30 22:49:51.457+00	2026-11-30 22:49:51.457+00	\N
prodopt_01M8QACY2ZJXFVW8RAK727BXGD	prod_01M8QACY1P69SQH6726JSNYDWV	opt_01M8QACY1PJY547C4WJKNFAH6K	2026-11-30 22:49:51.457+00	2026-11-30 22:50:11.145+00	2026-11-30 22:50:11.138+00
\.


--
-- Data for Name: product_product_option_value; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.product_product_option_value (id, product_product_option_id, product_option_value_id, created_at, updated_at, deleted_at) FROM stdin;
prodoptval_01M8QACY30R6PW0AWTNT4TJY32	prodopt_01M8QACY2ZGGSBFMMNEW29VD6J	optval_01M8QACY22C2GGGT2NMN04DZHJ	2026-11-30 22:49:51.457+00	2026-11-30 22:49:51.457+00	\N
prodoptval_01M8QACY30TYMKWDXNAMNEGR84	prodopt_01M8QACY2ZGGSBFMMNEW29VD6J	optval_01M8QACY22825C2S60ACQ8VVSQ	2026-11-30 22:49:51.461+00	2026-11-30 22:49:51.461+00	\N
prodoptval_01M8QACY30RRNMR6NNRD0AYPMA	prodopt_01M8QACY2ZGGSBFMMNEW29VD6J	optval_01M8QACY2292KKSJF482S8WDRK	2026-11-30 22:49:51.461+00	2026-11-30 22:49:51.461+00	\N
prodoptval_01M8QACY30W8YSYPHPE5P2X7MF	prodopt_01M8QACY2Z8D6N32TEC7S6B00A	optval_01M8QACY2269MF88YQ7HP6GPT3	2026-11-30 22:49:51.461+00	2026-11-30 22:49:51.461+00	\N
prodoptval_01M8QACY30QRRHS0Z5PS1EW9SY	prodopt_01M8QACY2Z8D6N32TEC7S6B00A	optval_01M8QACY22HGS86TC35V66TM5X	2026-11-30 22:49:51.461+00	2026-11-30 22:49:51.461+00	\N
prodoptval_01M8QACY30NDN6AC88QCPCT2S2	prodopt_01M8QACY2ZVKMHFACESFAMX9JW	optval_01M8QACY22C6S4CP5NQEP3NG35	2026-11-30 22:49:51.461+00	2026-11-30 22:49:51.461+00	\N
prodoptval_01M8QACY30MRAFJY0A9XJP3VQQ	prodopt_01M8QACY2ZK9T4J675EAH2GW3N	optval_01M8QACY22AQBE1SKYRXFR7BFQ	2026-11-30 22:49:51.461+00	2026-11-30 22:49:51.461+00	\N
prodoptval_01M8QACY3040Q8P3RC199EQ742	prodopt_01M8QACY2ZK9T4J675EAH2GW3N	optval_01M8QACY22S2YNT5T965ND7MKX	2026-11-30 22:49:51.461+00	2026-11-30 22:49:51.461+00	\N
prodoptval_01M8QACY30VCP892VZJGH8MWX8	prodopt_01M8QACY2Z12W1V9Q3Q0N4AWV1	optval_01M8QACY22R18ZMF7FSZJ6TZ29	2026-11-30 22:49:51.461+00	2026-11-30 22:49:51.461+00	\N
prodoptval_01M8QACY308BGJQCBK85QB4X7S	prodopt_01M8QACY2ZJXFVW8RAK727BXGD	optval_01M8QACY22VBAMR1VKAQ89SBQX	2026-11-30 22:49:51.461+00	2026-11-30 22:50:11.145+00	2026-11-30 22:50:11.13+00
\.


--
-- Data for Name: product_sales_channel; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.product_sales_channel (product_id, sales_channel_id, id, created_at, updated_at, deleted_at) FROM stdin;
prod_01M8QACY1PK1MGBHAA6WJ6WBEY	sc_01M8QACXJVFBHCWGWM2XVD04W6	prodsc_01M8QACY6D2RMCKNJ55KST96DG	2026-11-30 22:49:51.559465+00	2026-11-30 22:49:51.559465+00	\N
prod_01M8QACY1PZRA9NWFR8K0KX0F1	sc_01M8QACXJVFBHCWGWM2XVD04W6	prodsc_01M8QACY6EGBZAWY4Y21TSBSTS	2026-11-30 22:49:51.559465+00	2026-11-30 22:49:51.559465+00	\N
prod_01M8QACY1PC6XVNYGY7AD889W0	sc_01M8QACXJVFBHCWGWM2XVD04W6	prodsc_01M8QACY6E6230WD93E60FKJT4	2026-11-30 22:49:51.559465+00	2026-11-30 22:49:51.559465+00	\N
prod_01M8QACY1PJG2CS9JPM2152K8D	sc_01M8QACXJVFBHCWGWM2XVD04W6	prodsc_01M8QACY6EHREB6JPPCXHEABEV	2026-11-30 22:49:51.559465+00	2026-11-30 22:49:51.559465+00	\N
prod_01M8QACY1P69SQH6726JSNYDWV	sc_01M8QACXJVFBHCWGWM2XVD04W6	prodsc_01M8QACY6EXXJW05ESYWC553BW	2026-11-30 22:49:51.559465+00	2026-11-30 22:50:10.978+00	2026-11-30 22:50:10.973+00
\.


--
-- Data for Name: product_shipping_profile; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.product_shipping_profile (product_id, shipping_profile_id, id, created_at, updated_at, deleted_at) FROM stdin;
prod_01M8QACY1PK1MGBHAA6WJ6WBEY	sp_01M8QACR04BMNG99VNYHPFDTSQ	prodsp_01M8QACY7EE387QS1FJZVWPFE1	2026-11-30 22:49:51.598346+00	2026-11-30 22:49:51.598346+00	\N
prod_01M8QACY1PZRA9NWFR8K0KX0F1	sp_01M8QACR04BMNG99VNYHPFDTSQ	prodsp_01M8QACY7FQ94SPCEB7E9RW6BZ	2026-11-30 22:49:51.598346+00	2026-11-30 22:49:51.598346+00	\N
prod_01M8QACY1PC6XVNYGY7AD889W0	sp_01M8QACR04BMNG99VNYHPFDTSQ	prodsp_01M8QACY7FXTXPWYCTQASTH8MB	2026-11-30 22:49:51.598346+00	2026-11-30 22:49:51.598346+00	\N
prod_01M8QACY1PJG2CS9JPM2152K8D	sp_01M8QACR04BMNG99VNYHPFDTSQ	prodsp_01M8QACY7FF6W269B3C7M68FHH	2026-11-30 22:49:51.598346+00	2026-11-30 22:49:51.598346+00	\N
prod_01M8QACY1P69SQH6726JSNYDWV	sp_01M8QACR04BMNG99VNYHPFDTSQ	prodsp_01M8QACY7F9Q11S4Y3M3QYMXGZ	2026-11-30 22:49:51.598346+00	2026-11-30 22:50:10.981+00	2026-11-30 22:50:10.98+00
\.


--
-- Data for Name: product_variant; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.product_variant (id, title, sku, barcode, ean, upc, allow_backorder, manage_inventory, hs_code, origin_country, mid_code, material, weight, length, height, width, metadata, variant_rank, product_id, created_at, updated_at, deleted_at, thumbnail) FROM stdin;
variant_01M8QACY936B02N9DBSY6H00EK	S / Black	SHIRT-S-Black	\N	\N	\N	f	f	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	prod_01M8QACY1PK1MGBHAA6WJ6WBEY	2026-11-30 22:49:51.657+00	2026-11-30 22:49:51.657+00	\N	\N
variant_01M8QACY93QAEE1YYAFQ60V5ZQ	S / White	SHIRT-S-White	\N	\N	\N	f	f	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	prod_01M8QACY1PK1MGBHAA6WJ6WBEY	2026-11-30 22:49:51.657+00	2026-11-30 22:49:51.657+00	\N	\N
variant_01M8QACY93PPM5M1KRKSV940PE	M / Black	SHIRT-M-Black	\N	\N	\N	f	f	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	prod_01M8QACY1PK1MGBHAA6WJ6WBEY	2026-11-30 22:49:51.657+00	2026-11-30 22:49:51.657+00	\N	\N
variant_01M8QACY934HK66404KG0CKE1R	M / White	SHIRT-M-White	\N	\N	\N	f	f	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	prod_01M8QACY1PK1MGBHAA6WJ6WBEY	2026-11-30 22:49:51.657+00	2026-11-30 22:49:51.657+00	\N	\N
variant_01M8QACY93Y712P6H06K3AV284	L / Black	SHIRT-L-Black	\N	\N	\N	f	f	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	prod_01M8QACY1PK1MGBHAA6WJ6WBEY	2026-11-30 22:49:51.657+00	2026-11-30 22:49:51.657+00	\N	\N
variant_01M8QACY93M8XE45F8RR0JFS5T	L / White	SHIRT-L-White	\N	\N	\N	f	f	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	prod_01M8QACY1PK1MGBHAA6WJ6WBEY	2026-11-30 22:49:51.657+00	2026-11-30 22:49:51.657+00	\N	\N
variant_01M8QACY9315FBW676JXW597YW	One Size	CAP-OS	\N	4006381333931	\N	f	f	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	prod_01M8QACY1PZRA9NWFR8K0KX0F1	2026-11-30 22:49:51.658+00	2026-11-30 22:49:51.658+00	\N	\N
variant_01M8QACY94X1SBWZBZP1C7M5AE	M	HOODIE-M	\N	\N	\N	f	f	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	prod_01M8QACY1PC6XVNYGY7AD889W0	2026-11-30 22:49:51.658+00	2026-11-30 22:49:51.658+00	\N	\N
variant_01M8QACY94NF6PX6D6MK5RN5WP	L	HOODIE-L	\N	\N	\N	f	f	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	prod_01M8QACY1PC6XVNYGY7AD889W0	2026-11-30 22:49:51.658+00	2026-11-30 22:49:51.658+00	\N	\N
variant_01M8QACY94M6FY6T0HG613E7CP	M	SWEATPANTS-M	\N	\N	\N	f	f	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	prod_01M8QACY1PJG2CS9JPM2152K8D	2026-11-30 22:49:51.658+00	2026-11-30 22:49:51.658+00	\N	\N
variant_01M8QACY9391GTEE7NE5P7NE9X	One Size	SCARF-OS	\N	\N	\N	f	f	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	prod_01M8QACY1P69SQH6726JSNYDWV	2026-11-30 22:49:51.658+00	2026-11-30 22:50:11.023+00	2026-11-30 22:50:10.964+00	\N
\.


--
-- Data for Name: product_variant_price_set; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.product_variant_price_set (variant_id, price_set_id, id, created_at, updated_at, deleted_at) FROM stdin;
variant_01M8QACY936B02N9DBSY6H00EK	pset_01M8QACYAVH9ACMTDAFD3ER4Q4	pvps_01M8QACYCDGWS01DXZQCNXHDQT	2026-11-30 22:49:51.757289+00	2026-11-30 22:49:51.757289+00	\N
variant_01M8QACY93QAEE1YYAFQ60V5ZQ	pset_01M8QACYAVJ64Q64NNR9NXG04E	pvps_01M8QACYCENTJ8XFAZY7H81N21	2026-11-30 22:49:51.757289+00	2026-11-30 22:49:51.757289+00	\N
variant_01M8QACY93PPM5M1KRKSV940PE	pset_01M8QACYAVNSQNTBANZSHW3JQY	pvps_01M8QACYCE26J82PCWJAS56ZPW	2026-11-30 22:49:51.757289+00	2026-11-30 22:49:51.757289+00	\N
variant_01M8QACY934HK66404KG0CKE1R	pset_01M8QACYAVNMX2AN4QZMQMSH4Y	pvps_01M8QACYCEKX8BS7Y2205DTMZA	2026-11-30 22:49:51.757289+00	2026-11-30 22:49:51.757289+00	\N
variant_01M8QACY93Y712P6H06K3AV284	pset_01M8QACYAV90RW1N2BAMTDBQBD	pvps_01M8QACYCE4QGT79YAM7M2EET0	2026-11-30 22:49:51.757289+00	2026-11-30 22:49:51.757289+00	\N
variant_01M8QACY93M8XE45F8RR0JFS5T	pset_01M8QACYAV9H83PMEJSHHAQ8MK	pvps_01M8QACYCEW36ATA22MT7B6F9W	2026-11-30 22:49:51.757289+00	2026-11-30 22:49:51.757289+00	\N
variant_01M8QACY9315FBW676JXW597YW	pset_01M8QACYAWWPXA1RJNWYG5713N	pvps_01M8QACYCE3QX03110WBCG75HG	2026-11-30 22:49:51.757289+00	2026-11-30 22:49:51.757289+00	\N
variant_01M8QACY94X1SBWZBZP1C7M5AE	pset_01M8QACYAWRX2B0AJXQY7A0JHD	pvps_01M8QACYCFM1MTZ5N8KMP1S9NM	2026-11-30 22:49:51.757289+00	2026-11-30 22:49:51.757289+00	\N
variant_01M8QACY94NF6PX6D6MK5RN5WP	pset_01M8QACYAW91B1Z72ZEW8GXP9D	pvps_01M8QACYCFC50FE8FRXQF76502	2026-11-30 22:49:51.757289+00	2026-11-30 22:49:51.757289+00	\N
variant_01M8QACY94M6FY6T0HG613E7CP	pset_01M8QACYAWCCZEQC3C97MRDCW1	pvps_01M8QACYCFF7922GDPVZRRNZPV	2026-11-30 22:49:51.757289+00	2026-11-30 22:49:51.757289+00	\N
variant_01M8QACY9391GTEE7NE5P7NE9X	pset_01M8QACYAWN5DD7Y2F1E8Q4MTB	pvps_01M8QACYCF90DJA3P331VTVYTB	2026-11-30 22:49:51.757289+00	2026-11-30 22:50:11.008+00	2026-11-30 22:50:11.007+00
\.


--
-- Name: order_change_action_ordering_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.order_change_action_ordering_seq', 4, true);


--
-- Name: order_display_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.order_display_id_seq', 6, true);


--
-- PostgreSQL database dump complete
--

\unrestrict xadHEaboJhNrelYpNshBo6XFvbSPXW8XPKOXXcYcHelg9qAj6YGiFHxPvkZrvfo

