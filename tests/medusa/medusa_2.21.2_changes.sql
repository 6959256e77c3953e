--
-- PostgreSQL database dump
--

\restrict 5zLpFxctCeSWRTh1ETIb1yp2QIdNv6mR3ksfITM27NM0GKIX8wHJosy9URRmgWG

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
ordaddr_01M8QAGG0CVWFVKQ2ZSAFVQ23D	\N	\N	Jane	Doe	Unter den Linden 1	\N	Berlin	de	\N	10117	\N	\N	2026-11-30 22:51:48.116+00	2026-11-30 22:51:48.116+00	\N
ordaddr_01M8QAGG0DE5W21ECBNG391TBZ	\N	\N	Jane	Doe	Unter den Linden 1	\N	Berlin	de	\N	10117	\N	\N	2026-11-30 22:51:48.116+00	2026-11-30 22:51:48.116+00	\N
ordaddr_01M8QAGH508V3VGXFE71VE2FF5	\N	\N	Jane	Doe	Unter den Linden 1	\N	Berlin	de	\N	10117	\N	\N	2026-11-30 22:51:48.381+00	2026-11-30 22:51:48.381+00	\N
ordaddr_01M8QAGH50QENJ27MC2312361Z	\N	\N	Jane	Doe	Unter den Linden 1	\N	Berlin	de	\N	10117	\N	\N	2026-11-30 22:51:48.381+00	2026-11-30 22:51:48.381+00	\N
ordaddr_01M8QAGHD2YWACTTW9NYEH20C5	\N	\N	Jane	Doe	Unter den Linden 1	\N	Berlin	de	\N	10117	\N	\N	2026-11-30 22:51:49.545+00	2026-11-30 22:51:49.545+00	\N
ordaddr_01M8QAGHD3P1417ZB2R6CQ3Z80	\N	\N	Jane	Doe	Unter den Linden 1	\N	Berlin	de	\N	10117	\N	\N	2026-11-30 22:51:49.545+00	2026-11-30 22:51:49.545+00	\N
ordaddr_01M8QAGHJP30D9QVSXKTN35J79	\N	\N	Jane	Doe	Unter den Linden 1	\N	Berlin	de	\N	10117	\N	\N	2026-11-30 22:51:49.719+00	2026-11-30 22:51:49.72+00	\N
ordaddr_01M8QAGHJPSNM5V57GNBN7E0T6	\N	\N	Jane	Doe	Unter den Linden 1	\N	Berlin	de	\N	10117	\N	\N	2026-11-30 22:51:49.72+00	2026-11-30 22:51:49.72+00	\N
ordaddr_01M8QAGHX8Y8MEWSXD3VRS572M	\N	\N	Jane	Doe	Unter den Linden 1	\N	Berlin	de	\N	10117	\N	\N	2026-11-30 22:51:50.062+00	2026-11-30 22:51:50.062+00	\N
ordaddr_01M8QAGHX8EBVRV2Y89T7JNDHG	\N	\N	Jane	Doe	Unter den Linden 1	\N	Berlin	de	\N	10117	\N	\N	2026-11-30 22:51:50.062+00	2026-11-30 22:51:50.062+00	\N
ordaddr_01M8QAGJ33XSP0AM9GPK2E3V7T	\N	\N	Jane	Doe	Unter den Linden 1	\N	Berlin	de	\N	10117	\N	\N	2026-11-30 22:51:50.248+00	2026-11-30 22:51:50.248+00	\N
ordaddr_01M8QAGJ33G5BABX4F6M00QDX7	\N	\N	Jane	Doe	Unter den Linden 1	\N	Berlin	de	\N	10117	\N	\N	2026-11-30 22:51:50.248+00	2026-11-30 22:51:50.248+00	\N
ordaddr_01M8QAGR0BZ0FFVCQKMMKQ7PG7	\N	\N	John	Roe	Rue de Rivoli 1	\N	Paris	fr	\N	75001	\N	\N	2026-11-30 22:51:56.326+00	2026-11-30 22:51:56.326+00	\N
ordaddr_01M8QAGR0BARJH0FYAHFG3BEDW	\N	\N	John	Roe	Rue de Rivoli 1	\N	Paris	fr	\N	75001	\N	\N	2026-11-30 22:51:56.327+00	2026-11-30 22:51:56.327+00	\N
\.


--
-- Data for Name: order; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public."order" (id, region_id, display_id, customer_id, version, sales_channel_id, status, is_draft_order, email, currency_code, shipping_address_id, billing_address_id, no_notification, metadata, created_at, updated_at, deleted_at, canceled_at, custom_display_id, locale) FROM stdin;
order_01M8QAGH542D62TH6802GVF294	reg_01M8QAGFD84VDR2WS9CQ3YDACQ	2	cus_01M8QAGFXND5MAX6VCFG6QNXWP	1	sc_01M8QAGFCR2QQZY0RXK41BKZDK	completed	f	jane@example.com	eur	ordaddr_01M8QAGH50QENJ27MC2312361Z	ordaddr_01M8QAGH508V3VGXFE71VE2FF5	f	\N	2026-11-30 22:51:49.286+00	2026-11-30 22:51:49.494+00	\N	\N	\N	\N
order_01M8QAGHD4A1Y8V32XYG76H0Y2	reg_01M8QAGFD84VDR2WS9CQ3YDACQ	3	cus_01M8QAGFXNERZ93KYAJN044QRN	1	sc_01M8QAGFCR2QQZY0RXK41BKZDK	pending	f	john@example.com	eur	ordaddr_01M8QAGHD3P1417ZB2R6CQ3Z80	ordaddr_01M8QAGHD2YWACTTW9NYEH20C5	\N	\N	2026-11-30 22:51:49.545+00	2026-11-30 22:51:49.545+00	\N	\N	\N	\N
order_01M8QAGHJQM4CM9E6PZEAXZAFZ	reg_01M8QAGFD84VDR2WS9CQ3YDACQ	4	cus_01M8QAGFXNERZ93KYAJN044QRN	2	sc_01M8QAGFCR2QQZY0RXK41BKZDK	canceled	f	john@example.com	eur	ordaddr_01M8QAGHJPSNM5V57GNBN7E0T6	ordaddr_01M8QAGHJP30D9QVSXKTN35J79	\N	\N	2026-11-30 22:51:49.72+00	2026-11-30 22:51:49.989+00	\N	2026-11-30 22:51:49.985+00	\N	\N
order_01M8QAGHXD37T2N9K2KDY33Z0H	reg_01M8QAGFD84VDR2WS9CQ3YDACQ	5	cus_01M8QAGFXND5MAX6VCFG6QNXWP	1	sc_01M8QAGFCR2QQZY0RXK41BKZDK	draft	t	jane@example.com	eur	ordaddr_01M8QAGHX8EBVRV2Y89T7JNDHG	ordaddr_01M8QAGHX8Y8MEWSXD3VRS572M	\N	\N	2026-11-30 22:51:50.062+00	2026-11-30 22:51:50.062+00	\N	\N	\N	\N
order_01M8QAGG0J4KA2BB3RE49M9913	reg_01M8QAGFD84VDR2WS9CQ3YDACQ	1	cus_01M8QAGFXND5MAX6VCFG6QNXWP	2	sc_01M8QAGFCR2QQZY0RXK41BKZDK	pending	f	jane@example.com	eur	ordaddr_01M8QAGG0DE5W21ECBNG391TBZ	ordaddr_01M8QAGG0CVWFVKQ2ZSAFVQ23D	\N	\N	2026-11-30 22:51:48.116+00	2026-11-30 22:51:55.4+00	\N	\N	\N	\N
order_01M8QAGJ3473PNJBB5ZNQJBCVQ	reg_01M8QAGFD84VDR2WS9CQ3YDACQ	6	cus_01M8QAGFXNERZ93KYAJN044QRN	2	sc_01M8QAGFCR2QQZY0RXK41BKZDK	canceled	f	john@example.com	eur	ordaddr_01M8QAGJ33G5BABX4F6M00QDX7	ordaddr_01M8QAGJ33XSP0AM9GPK2E3V7T	\N	\N	2026-11-30 22:51:50.248+00	2026-11-30 22:51:55.774+00	\N	2026-11-30 22:51:55.771+00	\N	\N
order_01M8QAGR0ME4207CQE3P8DFATJ	reg_01M8QAGFD84VDR2WS9CQ3YDACQ	7	cus_01M8QAGFXNERZ93KYAJN044QRN	1	sc_01M8QAGFCR2QQZY0RXK41BKZDK	pending	f	john@example.com	eur	ordaddr_01M8QAGR0BARJH0FYAHFG3BEDW	ordaddr_01M8QAGR0BZ0FFVCQKMMKQ7PG7	\N	\N	2026-11-30 22:51:56.327+00	2026-11-30 22:51:56.327+00	\N	\N	\N	\N
\.


--
-- Data for Name: order_change; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.order_change (id, order_id, version, description, status, internal_note, created_by, requested_by, requested_at, confirmed_by, confirmed_at, declined_by, declined_reason, metadata, declined_at, canceled_by, canceled_at, created_at, updated_at, change_type, deleted_at, return_id, claim_id, exchange_id, carry_over_promotions, no_notification) FROM stdin;
ordch_01M8QAGHQT21ZB82G17K23EFKB	order_01M8QAGHJQM4CM9E6PZEAXZAFZ	2	\N	confirmed	\N	\N	\N	\N	\N	2026-11-30 22:51:49.918+00	\N	\N	\N	\N	\N	\N	2026-11-30 22:51:49.882+00	2026-11-30 22:51:49.949+00	credit_line	\N	\N	\N	\N	\N	\N
ordch_01M8QAGPBP2JT1KP2NTHK4TMKF	order_01M8QAGG0J4KA2BB3RE49M9913	2	\N	confirmed	\N	\N	\N	2026-11-30 22:51:55.162+00	\N	2026-11-30 22:51:55.33+00	\N	\N	\N	\N	\N	\N	2026-11-30 22:51:54.615+00	2026-11-30 22:51:55.383+00	edit	\N	\N	\N	\N	\N	\N
ordch_01M8QAGQC5ZS727W4T4JD44X3M	order_01M8QAGJ3473PNJBB5ZNQJBCVQ	2	\N	confirmed	\N	\N	\N	\N	\N	2026-11-30 22:51:55.691+00	\N	\N	\N	\N	\N	\N	2026-11-30 22:51:55.653+00	2026-11-30 22:51:55.722+00	credit_line	\N	\N	\N	\N	\N	\N
\.


--
-- Data for Name: order_change_action; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.order_change_action (id, order_id, version, ordering, order_change_id, reference, reference_id, action, details, amount, raw_amount, internal_note, applied, created_at, updated_at, deleted_at, return_id, claim_id, exchange_id) FROM stdin;
ordchact_01M8QAGHRA5CJD7XXBEWHJ2KY8	order_01M8QAGHJQM4CM9E6PZEAXZAFZ	2	1	ordch_01M8QAGHQT21ZB82G17K23EFKB	payment_collection	\N	CREDIT_LINE_ADD	{}	0	{"value": "0", "precision": 20}	\N	t	2026-11-30 22:51:49.898+00	2026-11-30 22:51:49.957+00	\N	\N	\N	\N
ordchact_01M8QAGPDH2NKHYMRE1CF797PG	order_01M8QAGG0J4KA2BB3RE49M9913	2	2	ordch_01M8QAGPBP2JT1KP2NTHK4TMKF	\N	\N	ITEM_UPDATE	{"quantity": 1, "reference_id": "ordli_01M8QAGG0K3GZHBFH3QZT74CJV", "quantity_diff": -1}	\N	\N	\N	t	2026-11-30 22:51:54.673+00	2026-11-30 22:51:55.415+00	\N	\N	\N	\N
ordchact_01M8QAGPDH2ZM3YGXJBG0MRGMJ	order_01M8QAGG0J4KA2BB3RE49M9913	2	3	ordch_01M8QAGPBP2JT1KP2NTHK4TMKF	\N	\N	ITEM_UPDATE	{"quantity": 0, "reference_id": "ordli_01M8QAGG0KW3520FNGM2BSAHM5", "quantity_diff": -1}	\N	\N	\N	t	2026-11-30 22:51:54.673+00	2026-11-30 22:51:55.415+00	\N	\N	\N	\N
ordchact_01M8QAGPRCD1WQMEBGMK0XYW40	order_01M8QAGG0J4KA2BB3RE49M9913	2	4	ordch_01M8QAGPBP2JT1KP2NTHK4TMKF	\N	\N	ITEM_ADD	{"quantity": 1, "unit_price": 41, "reference_id": "ordli_01M8QAGPPV113SJRRSXVH7DAGV", "compare_at_unit_price": null}	\N	\N	\N	t	2026-11-30 22:51:55.02+00	2026-11-30 22:51:55.416+00	\N	\N	\N	\N
ordchact_01M8QAGQCK0HGV0FKCZE9E6WDX	order_01M8QAGJ3473PNJBB5ZNQJBCVQ	2	5	ordch_01M8QAGQC5ZS727W4T4JD44X3M	payment_collection	\N	CREDIT_LINE_ADD	{}	0	{"value": "0", "precision": 20}	\N	t	2026-11-30 22:51:55.668+00	2026-11-30 22:51:55.741+00	\N	\N	\N	\N
\.


--
-- Data for Name: order_credit_line; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.order_credit_line (id, order_id, reference, reference_id, amount, raw_amount, metadata, created_at, updated_at, deleted_at, version) FROM stdin;
ordcl_01M8QAGHSWHSMWXPPT33MD7BKH	order_01M8QAGHJQM4CM9E6PZEAXZAFZ	payment_collection	\N	0	{"value": "0", "precision": 20}	{"created_in_version": 2}	2026-11-30 22:51:49.949+00	2026-11-30 22:51:49.949+00	\N	2
ordcl_01M8QAGQEASQFQE5FHQBJBJ9CT	order_01M8QAGJ3473PNJBB5ZNQJBCVQ	payment_collection	\N	0	{"value": "0", "precision": 20}	{"created_in_version": 2}	2026-11-30 22:51:55.723+00	2026-11-30 22:51:55.723+00	\N	2
\.


--
-- Data for Name: order_item; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.order_item (id, order_id, version, item_id, quantity, raw_quantity, fulfilled_quantity, raw_fulfilled_quantity, shipped_quantity, raw_shipped_quantity, return_requested_quantity, raw_return_requested_quantity, return_received_quantity, raw_return_received_quantity, return_dismissed_quantity, raw_return_dismissed_quantity, written_off_quantity, raw_written_off_quantity, metadata, created_at, updated_at, deleted_at, delivered_quantity, raw_delivered_quantity, unit_price, raw_unit_price, compare_at_unit_price, raw_compare_at_unit_price) FROM stdin;
orditem_01M8QAGG0KXPEV1C70Z2N80AYZ	order_01M8QAGG0J4KA2BB3RE49M9913	1	ordli_01M8QAGG0K3GZHBFH3QZT74CJV	2	{"value": "2", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	{}	2026-11-30 22:51:48.116+00	2026-11-30 22:51:48.116+00	\N	0	{"value": "0", "precision": 20}	\N	\N	\N	\N
orditem_01M8QAGG0MZPEE9BRGCHEPV9HS	order_01M8QAGG0J4KA2BB3RE49M9913	1	ordli_01M8QAGG0KW3520FNGM2BSAHM5	1	{"value": "1", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	{}	2026-11-30 22:51:48.117+00	2026-11-30 22:51:48.117+00	\N	0	{"value": "0", "precision": 20}	\N	\N	\N	\N
orditem_01M8QAGH561D6T2NNPJXM67B1H	order_01M8QAGH542D62TH6802GVF294	1	ordli_01M8QAGH55XSXD4RPZJKY37JPK	1	{"value": "1", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	{}	2026-11-30 22:51:49.291+00	2026-11-30 22:51:49.291+00	\N	0	{"value": "0", "precision": 20}	\N	\N	\N	\N
orditem_01M8QAGH56RPPAQV40QS401HR7	order_01M8QAGH542D62TH6802GVF294	1	ordli_01M8QAGH55JPEASB8JNKVERA57	3	{"value": "3", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	{}	2026-11-30 22:51:49.291+00	2026-11-30 22:51:49.291+00	\N	0	{"value": "0", "precision": 20}	\N	\N	\N	\N
orditem_01M8QAGHD55YYMC4NKZMM3QBMD	order_01M8QAGHD4A1Y8V32XYG76H0Y2	1	ordli_01M8QAGHD47ZP71Z2XRQ6P0G5Q	1	{"value": "1", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	{}	2026-11-30 22:51:49.546+00	2026-11-30 22:51:49.546+00	\N	0	{"value": "0", "precision": 20}	\N	\N	\N	\N
orditem_01M8QAGHD5ZT1CBVKC89E8C4YE	order_01M8QAGHD4A1Y8V32XYG76H0Y2	1	ordli_01M8QAGHD50HH4575RRFVRHTHY	1	{"value": "1", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	{}	2026-11-30 22:51:49.546+00	2026-11-30 22:51:49.546+00	\N	0	{"value": "0", "precision": 20}	\N	\N	\N	\N
orditem_01M8QAGHJQGCHAST3GA6QTX8W0	order_01M8QAGHJQM4CM9E6PZEAXZAFZ	1	ordli_01M8QAGHJQ6SGN4QMCBBKVMGXG	1	{"value": "1", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	{}	2026-11-30 22:51:49.72+00	2026-11-30 22:51:49.72+00	\N	0	{"value": "0", "precision": 20}	\N	\N	\N	\N
orditem_01M8QAGHSV6GYNCF28RG87Z5R3	order_01M8QAGHJQM4CM9E6PZEAXZAFZ	2	ordli_01M8QAGHJQ6SGN4QMCBBKVMGXG	1	{"value": "1", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	{}	2026-11-30 22:51:49.949+00	2026-11-30 22:51:49.949+00	\N	0	{"value": "0", "precision": 20}	39	{"value": "39", "precision": 20}	\N	\N
orditem_01M8QAGHXDTP4FWE7F1HTQ5QRD	order_01M8QAGHXD37T2N9K2KDY33Z0H	1	ordli_01M8QAGHXD9GA4A8MN9V9A4AP1	2	{"value": "2", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	{}	2026-11-30 22:51:50.062+00	2026-11-30 22:51:50.062+00	\N	0	{"value": "0", "precision": 20}	\N	\N	\N	\N
orditem_01M8QAGJ35T1P3CG86QHX3J7YY	order_01M8QAGJ3473PNJBB5ZNQJBCVQ	1	ordli_01M8QAGJ34H0BC8ECQTN42JE1Q	1	{"value": "1", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	{}	2026-11-30 22:51:50.248+00	2026-11-30 22:51:50.248+00	\N	0	{"value": "0", "precision": 20}	\N	\N	\N	\N
orditem_01M8QAGJ38RVAKZP2PNHHHZA9T	order_01M8QAGJ3473PNJBB5ZNQJBCVQ	1	ordli_01M8QAGJ351TG4XP2FQTR8360C	1	{"value": "1", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	{}	2026-11-30 22:51:50.248+00	2026-11-30 22:51:50.248+00	\N	0	{"value": "0", "precision": 20}	\N	\N	\N	\N
orditem_01M8QAGQ3PE7PRVDRAC50BHE1J	order_01M8QAGG0J4KA2BB3RE49M9913	2	ordli_01M8QAGG0K3GZHBFH3QZT74CJV	1	{"value": "1", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	{}	2026-11-30 22:51:55.383+00	2026-11-30 22:51:55.383+00	\N	0	{"value": "0", "precision": 20}	12	{"value": "12", "precision": 20}	15	{"value": "15", "precision": 20}
orditem_01M8QAGQ3P1HY0QQJHCN9NFQKZ	order_01M8QAGG0J4KA2BB3RE49M9913	2	ordli_01M8QAGPPV113SJRRSXVH7DAGV	1	{"value": "1", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	\N	2026-11-30 22:51:55.383+00	2026-11-30 22:51:55.383+00	\N	0	{"value": "0", "precision": 20}	41	{"value": "41", "precision": 20}	\N	\N
orditem_01M8QAGQE8FGE9TG5KM1X33K3F	order_01M8QAGJ3473PNJBB5ZNQJBCVQ	2	ordli_01M8QAGJ34H0BC8ECQTN42JE1Q	1	{"value": "1", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	{}	2026-11-30 22:51:55.722+00	2026-11-30 22:51:55.722+00	\N	0	{"value": "0", "precision": 20}	39	{"value": "39", "precision": 20}	\N	\N
orditem_01M8QAGQE98J8YXMN631R165QW	order_01M8QAGJ3473PNJBB5ZNQJBCVQ	2	ordli_01M8QAGJ351TG4XP2FQTR8360C	1	{"value": "1", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	{}	2026-11-30 22:51:55.723+00	2026-11-30 22:51:55.723+00	\N	0	{"value": "0", "precision": 20}	8.5	{"value": "8.5", "precision": 20}	\N	\N
orditem_01M8QAGR16XCW4P1Y5XBB6JNT7	order_01M8QAGR0ME4207CQE3P8DFATJ	1	ordli_01M8QAGR164CE5X6GDZFE1RY0E	2	{"value": "2", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	{}	2026-11-30 22:51:56.327+00	2026-11-30 22:51:56.327+00	\N	0	{"value": "0", "precision": 20}	\N	\N	\N	\N
\.


--
-- Data for Name: order_line_item; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.order_line_item (id, totals_id, title, subtitle, thumbnail, variant_id, product_id, product_title, product_description, product_subtitle, product_type, product_collection, product_handle, variant_sku, variant_barcode, variant_title, variant_option_values, requires_shipping, is_discountable, is_tax_inclusive, compare_at_unit_price, raw_compare_at_unit_price, unit_price, raw_unit_price, metadata, created_at, updated_at, deleted_at, is_custom_price, product_type_id, is_giftcard) FROM stdin;
ordli_01M8QAGG0K3GZHBFH3QZT74CJV	\N	Medusa T-Shirt	S / Black	https://medusa-public-images.s3.eu-west-1.amazonaws.com/tee-black-front.png	variant_01M8QAGFSZ7S1K8Y61EWWKDH69	prod_01M8QAGFP09QY62T7XXWT3H43P	Medusa T-Shirt	Cotton tee	\N	Shirt	Summer	t-shirt	SHIRT-S-Black	\N	S / Black	\N	f	t	f	15	{"value": "15", "precision": 20}	12	{"value": "12", "precision": 20}	{}	2026-11-30 22:51:48.116+00	2026-11-30 22:51:48.116+00	\N	f	ptyp_01M8QAGFNE1A58QKDAA7SJ13VS	f
ordli_01M8QAGG0KW3520FNGM2BSAHM5	\N	Medusa Cap	One Size	\N	variant_01M8QAGFT0CM5J737PGHDYCMFZ	prod_01M8QAGFP0XF5VWYN4PSG2XN43	Medusa Cap	\N	\N	\N	\N	cap	CAP-OS	\N	One Size	\N	f	t	f	\N	\N	8.5	{"value": "8.5", "precision": 20}	{}	2026-11-30 22:51:48.116+00	2026-11-30 22:51:48.116+00	\N	f	\N	f
ordli_01M8QAGH55XSXD4RPZJKY37JPK	\N	Medusa T-Shirt	M / White	https://medusa-public-images.s3.eu-west-1.amazonaws.com/tee-black-front.png	variant_01M8QAGFT0DYB6H3YKBYVT5SS0	prod_01M8QAGFP09QY62T7XXWT3H43P	Medusa T-Shirt	Cotton tee	\N	Shirt	Summer	t-shirt	SHIRT-M-White	\N	M / White	\N	t	t	f	15	{"value": "15", "precision": 20}	12	{"value": "12", "precision": 20}	{}	2026-11-30 22:51:49.286+00	2026-11-30 22:51:49.286+00	\N	f	ptyp_01M8QAGFNE1A58QKDAA7SJ13VS	f
ordli_01M8QAGH55JPEASB8JNKVERA57	\N	Medusa Cap	One Size	\N	variant_01M8QAGFT0CM5J737PGHDYCMFZ	prod_01M8QAGFP0XF5VWYN4PSG2XN43	Medusa Cap	\N	\N	\N	\N	cap	CAP-OS	\N	One Size	\N	t	t	f	\N	\N	8.5	{"value": "8.5", "precision": 20}	{}	2026-11-30 22:51:49.288+00	2026-11-30 22:51:49.288+00	\N	f	\N	f
ordli_01M8QAGHD47ZP71Z2XRQ6P0G5Q	\N	Medusa T-Shirt	S / White	https://medusa-public-images.s3.eu-west-1.amazonaws.com/tee-black-front.png	variant_01M8QAGFT0VZSG4DQ821HM4Q84	prod_01M8QAGFP09QY62T7XXWT3H43P	Medusa T-Shirt	Cotton tee	\N	Shirt	Summer	t-shirt	SHIRT-S-White	\N	S / White	\N	f	t	f	15	{"value": "15", "precision": 20}	12	{"value": "12", "precision": 20}	{}	2026-11-30 22:51:49.545+00	2026-11-30 22:51:49.545+00	\N	f	ptyp_01M8QAGFNE1A58QKDAA7SJ13VS	f
ordli_01M8QAGHD50HH4575RRFVRHTHY	\N	Medusa Scarf	One Size	https://medusa-public-images.s3.eu-west-1.amazonaws.com/scarf.png	variant_01M8QAGFT0X6SSB269WPXP1TXH	prod_01M8QAGFP0Y8BRR4NFNMYB6WW8	Medusa Scarf	\N	\N	\N	\N	scarf	SCARF-OS	\N	One Size	\N	f	t	f	\N	\N	19	{"value": "19", "precision": 20}	{}	2026-11-30 22:51:49.546+00	2026-11-30 22:51:49.546+00	\N	f	\N	f
ordli_01M8QAGHJQ6SGN4QMCBBKVMGXG	\N	Medusa Hoodie	M	\N	variant_01M8QAGFT0BF2RJGD97JW955KG	prod_01M8QAGFP019GWV7CB1MBCMM18	Medusa Hoodie	Warm hoodie	\N	\N	\N	hoodie	HOODIE-M	\N	M	\N	f	t	f	\N	\N	39	{"value": "39", "precision": 20}	{}	2026-11-30 22:51:49.72+00	2026-11-30 22:51:49.72+00	\N	f	\N	f
ordli_01M8QAGHXD9GA4A8MN9V9A4AP1	\N	Medusa Hoodie	M	\N	variant_01M8QAGFT0BF2RJGD97JW955KG	prod_01M8QAGFP019GWV7CB1MBCMM18	Medusa Hoodie	Warm hoodie	\N	\N	\N	hoodie	HOODIE-M	\N	M	\N	f	t	f	\N	\N	39	{"value": "39", "precision": 20}	{}	2026-11-30 22:51:50.062+00	2026-11-30 22:51:50.062+00	\N	f	\N	f
ordli_01M8QAGJ34H0BC8ECQTN42JE1Q	\N	Medusa Hoodie	M	\N	variant_01M8QAGFT0BF2RJGD97JW955KG	prod_01M8QAGFP019GWV7CB1MBCMM18	Medusa Hoodie	Warm hoodie	\N	\N	\N	hoodie	HOODIE-M	\N	M	\N	f	t	f	\N	\N	39	{"value": "39", "precision": 20}	{}	2026-11-30 22:51:50.248+00	2026-11-30 22:51:50.248+00	\N	f	\N	f
ordli_01M8QAGJ351TG4XP2FQTR8360C	\N	Medusa Cap	One Size	\N	variant_01M8QAGFT0CM5J737PGHDYCMFZ	prod_01M8QAGFP0XF5VWYN4PSG2XN43	Medusa Cap	\N	\N	\N	\N	cap	CAP-OS	\N	One Size	\N	f	t	f	\N	\N	8.5	{"value": "8.5", "precision": 20}	{}	2026-11-30 22:51:50.248+00	2026-11-30 22:51:50.248+00	\N	f	\N	f
ordli_01M8QAGPPV113SJRRSXVH7DAGV	\N	Medusa Hoodie	L	\N	variant_01M8QAGFT0DF4VXB73S9ZFAF9J	prod_01M8QAGFP019GWV7CB1MBCMM18	Medusa Hoodie	Warm hoodie	\N	\N	\N	hoodie	HOODIE-L	\N	L	\N	f	t	f	\N	\N	41	{"value": "41", "precision": 20}	{}	2026-11-30 22:51:54.971+00	2026-11-30 22:51:54.971+00	\N	f	\N	f
ordli_01M8QAGR164CE5X6GDZFE1RY0E	\N	Medusa Baseball Cap	One Size	https://medusa-public-images.s3.eu-west-1.amazonaws.com/cap.png	variant_01M8QAGFT0CM5J737PGHDYCMFZ	prod_01M8QAGFP0XF5VWYN4PSG2XN43	Medusa Baseball Cap	\N	\N	\N	\N	cap	CAP-OS	\N	One Size	\N	f	t	f	\N	\N	8.5	{"value": "8.5", "precision": 20}	{}	2026-11-30 22:51:56.327+00	2026-11-30 22:51:56.327+00	\N	f	\N	f
\.


--
-- Data for Name: order_payment_collection; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.order_payment_collection (order_id, payment_collection_id, id, created_at, updated_at, deleted_at) FROM stdin;
order_01M8QAGH542D62TH6802GVF294	pay_col_01M8QAGGZGMZWWY1GFE8ZQZEF2	ordpay_01M8QAGH7MDQR29ZEEBS8JPKPQ	2026-11-30 22:51:49.361341+00	2026-11-30 22:51:49.361341+00	\N
order_01M8QAGG0J4KA2BB3RE49M9913	pay_col_01M8QAGQ89B461ET4KTGFJKT2F	ordpay_01M8QAGQ8MGN3WZD9B7RDNQ9TW	2026-11-30 22:51:55.540122+00	2026-11-30 22:51:55.540122+00	\N
\.


--
-- Data for Name: order_shipping; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.order_shipping (id, order_id, version, shipping_method_id, created_at, updated_at, deleted_at, return_id, claim_id, exchange_id) FROM stdin;
ordspmv_01M8QAGG0HWWARGAN01CWSYG94	order_01M8QAGG0J4KA2BB3RE49M9913	1	ordsm_01M8QAGG0H3BMZ90PFMBFA9KWD	2026-11-30 22:51:48.117+00	2026-11-30 22:51:48.117+00	\N	\N	\N	\N
ordspmv_01M8QAGH5406SYY51G8ZFMCXB3	order_01M8QAGH542D62TH6802GVF294	1	ordsm_01M8QAGH524NDFY3RD73KFVEBG	2026-11-30 22:51:49.292+00	2026-11-30 22:51:49.292+00	\N	\N	\N	\N
ordspmv_01M8QAGHD4HSX4RFVDTXYFGDQH	order_01M8QAGHD4A1Y8V32XYG76H0Y2	1	ordsm_01M8QAGHD4WTKG53TCMRTEDP94	2026-11-30 22:51:49.546+00	2026-11-30 22:51:49.546+00	\N	\N	\N	\N
ordspmv_01M8QAGHJQGFVSSF4PKEM43329	order_01M8QAGHJQM4CM9E6PZEAXZAFZ	1	ordsm_01M8QAGHJQMX0BTR307YRZAE62	2026-11-30 22:51:49.72+00	2026-11-30 22:51:49.72+00	\N	\N	\N	\N
ordspmv_01M8QAGHSWF163AKABNBGJH1TJ	order_01M8QAGHJQM4CM9E6PZEAXZAFZ	2	ordsm_01M8QAGHJQMX0BTR307YRZAE62	2026-11-30 22:51:49.72+00	2026-11-30 22:51:49.72+00	\N	\N	\N	\N
ordspmv_01M8QAGHXBAAM8T6H45KE7D2YT	order_01M8QAGHXD37T2N9K2KDY33Z0H	1	ordsm_01M8QAGHXB63GX8446T8PKYGEZ	2026-11-30 22:51:50.062+00	2026-11-30 22:51:50.062+00	\N	\N	\N	\N
ordspmv_01M8QAGJ346B9F90E9V9AF4E7A	order_01M8QAGJ3473PNJBB5ZNQJBCVQ	1	ordsm_01M8QAGJ34YNH9VTXQY3PW39V6	2026-11-30 22:51:50.248+00	2026-11-30 22:51:50.248+00	\N	\N	\N	\N
ordspmv_01M8QAGQ3Q181PTKPHARJYJ3NW	order_01M8QAGG0J4KA2BB3RE49M9913	2	ordsm_01M8QAGG0H3BMZ90PFMBFA9KWD	2026-11-30 22:51:48.117+00	2026-11-30 22:51:48.117+00	\N	\N	\N	\N
ordspmv_01M8QAGQE91AY4TF6PDEAJ6P2B	order_01M8QAGJ3473PNJBB5ZNQJBCVQ	2	ordsm_01M8QAGJ34YNH9VTXQY3PW39V6	2026-11-30 22:51:50.248+00	2026-11-30 22:51:50.248+00	\N	\N	\N	\N
ordspmv_01M8QAGR0M5D9PXH3NYRM2VYTK	order_01M8QAGR0ME4207CQE3P8DFATJ	1	ordsm_01M8QAGR0M7GQQ09R6AC8D5MPZ	2026-11-30 22:51:56.327+00	2026-11-30 22:51:56.327+00	\N	\N	\N	\N
\.


--
-- Data for Name: order_shipping_method; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.order_shipping_method (id, name, description, amount, raw_amount, is_tax_inclusive, shipping_option_id, data, metadata, created_at, updated_at, deleted_at, is_custom_amount) FROM stdin;
ordsm_01M8QAGG0H3BMZ90PFMBFA9KWD	Standard Shipping	\N	10	{"value": "10", "precision": 20}	f	so_01M8QAGFJXB6H08B6ZMKE3512V	\N	\N	2026-11-30 22:51:48.117+00	2026-11-30 22:51:48.117+00	\N	f
ordsm_01M8QAGH524NDFY3RD73KFVEBG	Standard Shipping	\N	10	{"value": "10", "precision": 20}	f	so_01M8QAGFJXB6H08B6ZMKE3512V	{}	\N	2026-11-30 22:51:49.292+00	2026-11-30 22:51:49.292+00	\N	f
ordsm_01M8QAGHD4WTKG53TCMRTEDP94	Standard Shipping	\N	10	{"value": "10", "precision": 20}	f	so_01M8QAGFJXB6H08B6ZMKE3512V	\N	\N	2026-11-30 22:51:49.546+00	2026-11-30 22:51:49.546+00	\N	f
ordsm_01M8QAGHJQMX0BTR307YRZAE62	Standard Shipping	\N	10	{"value": "10", "precision": 20}	f	so_01M8QAGFJXB6H08B6ZMKE3512V	\N	\N	2026-11-30 22:51:49.72+00	2026-11-30 22:51:49.72+00	\N	f
ordsm_01M8QAGHXB63GX8446T8PKYGEZ	Standard Shipping	\N	10	{"value": "10", "precision": 20}	f	so_01M8QAGFJXB6H08B6ZMKE3512V	\N	\N	2026-11-30 22:51:50.062+00	2026-11-30 22:51:50.062+00	\N	f
ordsm_01M8QAGJ34YNH9VTXQY3PW39V6	Standard Shipping	\N	10	{"value": "10", "precision": 20}	f	so_01M8QAGFJXB6H08B6ZMKE3512V	\N	\N	2026-11-30 22:51:50.248+00	2026-11-30 22:51:50.248+00	\N	f
ordsm_01M8QAGR0M7GQQ09R6AC8D5MPZ	Standard Shipping	\N	10	{"value": "10", "precision": 20}	f	so_01M8QAGFJXB6H08B6ZMKE3512V	\N	\N	2026-11-30 22:51:56.327+00	2026-11-30 22:51:56.327+00	\N	f
\.


--
-- Data for Name: order_summary; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.order_summary (id, order_id, version, totals, created_at, updated_at, deleted_at) FROM stdin;
ordsum_01M8QAGG0GV29JHHXWGRJEZ63R	order_01M8QAGG0J4KA2BB3RE49M9913	1	{"paid_total": 0, "raw_paid_total": {"value": "0", "precision": 20}, "refunded_total": 0, "accounting_total": 42.5, "credit_line_total": 0, "transaction_total": 0, "pending_difference": 42.5, "raw_refunded_total": {"value": "0", "precision": 20}, "current_order_total": 42.5, "original_order_total": 42.5, "raw_accounting_total": {"value": "42.5", "precision": 20}, "raw_credit_line_total": {"value": "0", "precision": 20}, "raw_transaction_total": {"value": "0", "precision": 20}, "raw_pending_difference": {"value": "42.5", "precision": 20}, "raw_current_order_total": {"value": "42.5", "precision": 20}, "raw_original_order_total": {"value": "42.5", "precision": 20}}	2026-11-30 22:51:48.117+00	2026-11-30 22:51:48.117+00	\N
ordsum_01M8QAGH5284MVHKSXX6EX7PWN	order_01M8QAGH542D62TH6802GVF294	1	{"paid_total": 0, "raw_paid_total": {"value": "0", "precision": 20}, "refunded_total": 0, "accounting_total": 47.5, "credit_line_total": 0, "transaction_total": 0, "pending_difference": 47.5, "raw_refunded_total": {"value": "0", "precision": 20}, "current_order_total": 47.5, "original_order_total": 47.5, "raw_accounting_total": {"value": "47.5", "precision": 20}, "raw_credit_line_total": {"value": "0", "precision": 20}, "raw_transaction_total": {"value": "0", "precision": 20}, "raw_pending_difference": {"value": "47.5", "precision": 20}, "raw_current_order_total": {"value": "47.5", "precision": 20}, "raw_original_order_total": {"value": "47.5", "precision": 20}}	2026-11-30 22:51:49.291+00	2026-11-30 22:51:49.292+00	\N
ordsum_01M8QAGHD3H43PKBYNYX8GE95Z	order_01M8QAGHD4A1Y8V32XYG76H0Y2	1	{"paid_total": 0, "raw_paid_total": {"value": "0", "precision": 20}, "refunded_total": 0, "accounting_total": 41, "credit_line_total": 0, "transaction_total": 0, "pending_difference": 41, "raw_refunded_total": {"value": "0", "precision": 20}, "current_order_total": 41, "original_order_total": 41, "raw_accounting_total": {"value": "41", "precision": 20}, "raw_credit_line_total": {"value": "0", "precision": 20}, "raw_transaction_total": {"value": "0", "precision": 20}, "raw_pending_difference": {"value": "41", "precision": 20}, "raw_current_order_total": {"value": "41", "precision": 20}, "raw_original_order_total": {"value": "41", "precision": 20}}	2026-11-30 22:51:49.546+00	2026-11-30 22:51:49.546+00	\N
ordsum_01M8QAGHJPGWF02013E2V8G2ED	order_01M8QAGHJQM4CM9E6PZEAXZAFZ	1	{"paid_total": 0, "raw_paid_total": {"value": "0", "precision": 20}, "refunded_total": 0, "accounting_total": 49, "credit_line_total": 0, "transaction_total": 0, "pending_difference": 49, "raw_refunded_total": {"value": "0", "precision": 20}, "current_order_total": 49, "original_order_total": 49, "raw_accounting_total": {"value": "49", "precision": 20}, "raw_credit_line_total": {"value": "0", "precision": 20}, "raw_transaction_total": {"value": "0", "precision": 20}, "raw_pending_difference": {"value": "49", "precision": 20}, "raw_current_order_total": {"value": "49", "precision": 20}, "raw_original_order_total": {"value": "49", "precision": 20}}	2026-11-30 22:51:49.72+00	2026-11-30 22:51:49.72+00	\N
ordsum_01M8QAGHSWMRFCC233401DW21B	order_01M8QAGHJQM4CM9E6PZEAXZAFZ	2	{"paid_total": 0, "raw_paid_total": {"value": "0", "precision": 20}, "refunded_total": 0, "accounting_total": 49, "credit_line_total": 0, "transaction_total": 0, "pending_difference": 49, "raw_refunded_total": {"value": "0", "precision": 20}, "current_order_total": 49, "original_order_total": 49, "raw_accounting_total": {"value": "49", "precision": 20}, "raw_credit_line_total": {"value": "0", "precision": 20}, "raw_transaction_total": {"value": "0", "precision": 20}, "raw_pending_difference": {"value": "49", "precision": 20}, "raw_current_order_total": {"value": "49", "precision": 20}, "raw_original_order_total": {"value": "49", "precision": 20}}	2026-11-30 22:51:49.949+00	2026-11-30 22:51:49.949+00	\N
ordsum_01M8QAGHXB0GXNAHFR5VGTNYPB	order_01M8QAGHXD37T2N9K2KDY33Z0H	1	{"paid_total": 0, "raw_paid_total": {"value": "0", "precision": 20}, "refunded_total": 0, "accounting_total": 88, "credit_line_total": 0, "transaction_total": 0, "pending_difference": 88, "raw_refunded_total": {"value": "0", "precision": 20}, "current_order_total": 88, "original_order_total": 88, "raw_accounting_total": {"value": "88", "precision": 20}, "raw_credit_line_total": {"value": "0", "precision": 20}, "raw_transaction_total": {"value": "0", "precision": 20}, "raw_pending_difference": {"value": "88", "precision": 20}, "raw_current_order_total": {"value": "88", "precision": 20}, "raw_original_order_total": {"value": "88", "precision": 20}}	2026-11-30 22:51:50.062+00	2026-11-30 22:51:50.062+00	\N
ordsum_01M8QAGJ34YNMAY6KTB8ETMZ05	order_01M8QAGJ3473PNJBB5ZNQJBCVQ	1	{"paid_total": 0, "raw_paid_total": {"value": "0", "precision": 20}, "refunded_total": 0, "accounting_total": 57.5, "credit_line_total": 0, "transaction_total": 0, "pending_difference": 57.5, "raw_refunded_total": {"value": "0", "precision": 20}, "current_order_total": 57.5, "original_order_total": 57.5, "raw_accounting_total": {"value": "57.5", "precision": 20}, "raw_credit_line_total": {"value": "0", "precision": 20}, "raw_transaction_total": {"value": "0", "precision": 20}, "raw_pending_difference": {"value": "57.5", "precision": 20}, "raw_current_order_total": {"value": "57.5", "precision": 20}, "raw_original_order_total": {"value": "57.5", "precision": 20}}	2026-11-30 22:51:50.248+00	2026-11-30 22:51:50.248+00	\N
ordsum_01M8QAGQ3P96B63T4B6EYZMKMW	order_01M8QAGG0J4KA2BB3RE49M9913	2	{"paid_total": 0, "raw_paid_total": {"value": "0", "precision": 20}, "refunded_total": 0, "accounting_total": 63, "credit_line_total": 0, "transaction_total": 0, "pending_difference": 63, "raw_refunded_total": {"value": "0", "precision": 20}, "current_order_total": 63, "original_order_total": 42.5, "raw_accounting_total": {"value": "63", "precision": 20}, "raw_credit_line_total": {"value": "0", "precision": 20}, "raw_transaction_total": {"value": "0", "precision": 20}, "raw_pending_difference": {"value": "63", "precision": 20}, "raw_current_order_total": {"value": "63", "precision": 20}, "raw_original_order_total": {"value": "42.5", "precision": 20}}	2026-11-30 22:51:55.384+00	2026-11-30 22:51:55.384+00	\N
ordsum_01M8QAGQE9Q9GJC8E99Z3BTVXR	order_01M8QAGJ3473PNJBB5ZNQJBCVQ	2	{"paid_total": 0, "raw_paid_total": {"value": "0", "precision": 20}, "refunded_total": 0, "accounting_total": 57.5, "credit_line_total": 0, "transaction_total": 0, "pending_difference": 57.5, "raw_refunded_total": {"value": "0", "precision": 20}, "current_order_total": 57.5, "original_order_total": 57.5, "raw_accounting_total": {"value": "57.5", "precision": 20}, "raw_credit_line_total": {"value": "0", "precision": 20}, "raw_transaction_total": {"value": "0", "precision": 20}, "raw_pending_difference": {"value": "57.5", "precision": 20}, "raw_current_order_total": {"value": "57.5", "precision": 20}, "raw_original_order_total": {"value": "57.5", "precision": 20}}	2026-11-30 22:51:55.723+00	2026-11-30 22:51:55.723+00	\N
ordsum_01M8QAGR0MKBZ9X10KSKYVTWRC	order_01M8QAGR0ME4207CQE3P8DFATJ	1	{"paid_total": 0, "raw_paid_total": {"value": "0", "precision": 20}, "refunded_total": 0, "accounting_total": 27, "credit_line_total": 0, "transaction_total": 0, "pending_difference": 27, "raw_refunded_total": {"value": "0", "precision": 20}, "current_order_total": 27, "original_order_total": 27, "raw_accounting_total": {"value": "27", "precision": 20}, "raw_credit_line_total": {"value": "0", "precision": 20}, "raw_transaction_total": {"value": "0", "precision": 20}, "raw_pending_difference": {"value": "27", "precision": 20}, "raw_current_order_total": {"value": "27", "precision": 20}, "raw_original_order_total": {"value": "27", "precision": 20}}	2026-11-30 22:51:56.327+00	2026-11-30 22:51:56.327+00	\N
\.


--
-- Data for Name: payment_collection; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.payment_collection (id, currency_code, amount, raw_amount, authorized_amount, raw_authorized_amount, captured_amount, raw_captured_amount, refunded_amount, raw_refunded_amount, created_at, updated_at, deleted_at, completed_at, status, metadata) FROM stdin;
pay_col_01M8QAGGZGMZWWY1GFE8ZQZEF2	eur	47.5	{"value": "47.5", "precision": 20}	47.5	{"value": "47.5", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	2026-11-30 22:51:49.105+00	2026-11-30 22:51:49.424+00	\N	\N	authorized	\N
pay_col_01M8QAGQ89B461ET4KTGFJKT2F	eur	63	{"value": "63", "precision": 20}	\N	\N	\N	\N	\N	\N	2026-11-30 22:51:55.53+00	2026-11-30 22:51:55.53+00	\N	\N	not_paid	\N
\.


--
-- Data for Name: price_set; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.price_set (id, created_at, updated_at, deleted_at) FROM stdin;
pset_01M8QAGFK8XT8C4CFCKV0MC0YD	2026-11-30 22:51:47.688+00	2026-11-30 22:51:47.688+00	\N
pset_01M8QAGFTV7CBC3EFG72F63ZTZ	2026-11-30 22:51:47.933+00	2026-11-30 22:51:47.933+00	\N
pset_01M8QAGFTW69Z0SCCEKTV01CR8	2026-11-30 22:51:47.933+00	2026-11-30 22:51:47.933+00	\N
pset_01M8QAGFTWTQSCTF472HJXV10W	2026-11-30 22:51:47.933+00	2026-11-30 22:51:47.933+00	\N
pset_01M8QAGFTW2K27FM148TV5FYP0	2026-11-30 22:51:47.933+00	2026-11-30 22:51:47.933+00	\N
pset_01M8QAGFTWMEMCTXTE1C666N30	2026-11-30 22:51:47.934+00	2026-11-30 22:51:47.934+00	\N
pset_01M8QAGFTW2FRNE9G23YW05QPN	2026-11-30 22:51:47.934+00	2026-11-30 22:51:47.934+00	\N
pset_01M8QAGFTX3ZPZP6YFRZWFYZYH	2026-11-30 22:51:47.934+00	2026-11-30 22:51:47.934+00	\N
pset_01M8QAGFTX8VSW7EXNRJVPFS0S	2026-11-30 22:51:47.934+00	2026-11-30 22:51:47.934+00	\N
pset_01M8QAGFTX41DJCEPZZ65R93XK	2026-11-30 22:51:47.934+00	2026-11-30 22:51:47.934+00	\N
pset_01M8QAGFTXK1BHWG0JZC6GGCN7	2026-11-30 22:51:47.934+00	2026-11-30 22:51:47.934+00	\N
pset_01M8QAGFTXKRQNN3H0TXFB5E4W	2026-11-30 22:51:47.934+00	2026-11-30 22:51:55.868+00	2026-11-30 22:51:55.868+00
\.


--
-- Data for Name: price; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.price (id, title, price_set_id, currency_code, raw_amount, rules_count, created_at, updated_at, deleted_at, price_list_id, amount, min_quantity, max_quantity, raw_min_quantity, raw_max_quantity) FROM stdin;
price_01M8QAGFK83JQQ6F40P710D2FM	\N	pset_01M8QAGFK8XT8C4CFCKV0MC0YD	eur	{"value": "10", "precision": 20}	0	2026-11-30 22:51:47.689+00	2026-11-30 22:51:47.689+00	\N	\N	10	\N	\N	\N	\N
price_01M8QAGFK8G5P26940HXFGFE9N	\N	pset_01M8QAGFK8XT8C4CFCKV0MC0YD	eur	{"value": "10", "precision": 20}	1	2026-11-30 22:51:47.689+00	2026-11-30 22:51:47.689+00	\N	\N	10	\N	\N	\N	\N
price_01M8QAGFTV6A39B2NF0HR1YVBD	\N	pset_01M8QAGFTV7CBC3EFG72F63ZTZ	eur	{"value": "15", "precision": 20}	0	2026-11-30 22:51:47.934+00	2026-11-30 22:51:47.934+00	\N	\N	15	\N	\N	\N	\N
price_01M8QAGFTVJRHZX933DYQFJXW2	\N	pset_01M8QAGFTV7CBC3EFG72F63ZTZ	usd	{"value": "17", "precision": 20}	0	2026-11-30 22:51:47.934+00	2026-11-30 22:51:47.934+00	\N	\N	17	\N	\N	\N	\N
price_01M8QAGFTW3S344CWWRQX21KDT	\N	pset_01M8QAGFTW69Z0SCCEKTV01CR8	eur	{"value": "15", "precision": 20}	0	2026-11-30 22:51:47.934+00	2026-11-30 22:51:47.934+00	\N	\N	15	\N	\N	\N	\N
price_01M8QAGFTW191MS458JQZVZKVB	\N	pset_01M8QAGFTW69Z0SCCEKTV01CR8	usd	{"value": "17", "precision": 20}	0	2026-11-30 22:51:47.934+00	2026-11-30 22:51:47.934+00	\N	\N	17	\N	\N	\N	\N
price_01M8QAGFTW20P34ZF9MCDBX814	\N	pset_01M8QAGFTWTQSCTF472HJXV10W	eur	{"value": "15", "precision": 20}	0	2026-11-30 22:51:47.934+00	2026-11-30 22:51:47.934+00	\N	\N	15	\N	\N	\N	\N
price_01M8QAGFTWCT5DKR2M06MMRGX4	\N	pset_01M8QAGFTWTQSCTF472HJXV10W	usd	{"value": "17", "precision": 20}	0	2026-11-30 22:51:47.934+00	2026-11-30 22:51:47.934+00	\N	\N	17	\N	\N	\N	\N
price_01M8QAGFTW7595HG5ZM2E5FNE0	\N	pset_01M8QAGFTW2K27FM148TV5FYP0	eur	{"value": "15", "precision": 20}	0	2026-11-30 22:51:47.934+00	2026-11-30 22:51:47.934+00	\N	\N	15	\N	\N	\N	\N
price_01M8QAGFTWTJ9QP5THQ64X64N7	\N	pset_01M8QAGFTW2K27FM148TV5FYP0	usd	{"value": "17", "precision": 20}	0	2026-11-30 22:51:47.934+00	2026-11-30 22:51:47.934+00	\N	\N	17	\N	\N	\N	\N
price_01M8QAGFTWZ5ZFHHTD0Y9GVK2K	\N	pset_01M8QAGFTWMEMCTXTE1C666N30	eur	{"value": "15", "precision": 20}	0	2026-11-30 22:51:47.934+00	2026-11-30 22:51:47.934+00	\N	\N	15	\N	\N	\N	\N
price_01M8QAGFTWTPF7R13W189574DE	\N	pset_01M8QAGFTWMEMCTXTE1C666N30	usd	{"value": "17", "precision": 20}	0	2026-11-30 22:51:47.934+00	2026-11-30 22:51:47.934+00	\N	\N	17	\N	\N	\N	\N
price_01M8QAGFTW2HNXKH92DHWVNE9T	\N	pset_01M8QAGFTW2FRNE9G23YW05QPN	eur	{"value": "15", "precision": 20}	0	2026-11-30 22:51:47.934+00	2026-11-30 22:51:47.934+00	\N	\N	15	\N	\N	\N	\N
price_01M8QAGFTW3Q6XAG5EB4GWQ2SW	\N	pset_01M8QAGFTW2FRNE9G23YW05QPN	usd	{"value": "17", "precision": 20}	0	2026-11-30 22:51:47.934+00	2026-11-30 22:51:47.934+00	\N	\N	17	\N	\N	\N	\N
price_01M8QAGFTWAQDA1M0KQG20YB79	\N	pset_01M8QAGFTX3ZPZP6YFRZWFYZYH	eur	{"value": "9.99", "precision": 20}	0	2026-11-30 22:51:47.934+00	2026-11-30 22:51:47.934+00	\N	\N	9.99	\N	\N	\N	\N
price_01M8QAGFTXK0BEGPEVD2S606NK	\N	pset_01M8QAGFTX3ZPZP6YFRZWFYZYH	eur	{"value": "8.5", "precision": 20}	1	2026-11-30 22:51:47.934+00	2026-11-30 22:51:47.934+00	\N	\N	8.5	\N	\N	\N	\N
price_01M8QAGFTXV9CAMT9THKN1JC21	\N	pset_01M8QAGFTX8VSW7EXNRJVPFS0S	eur	{"value": "39", "precision": 20}	0	2026-11-30 22:51:47.934+00	2026-11-30 22:51:47.934+00	\N	\N	39	\N	\N	\N	\N
price_01M8QAGFTX18X873A276TQ5SJY	\N	pset_01M8QAGFTX41DJCEPZZ65R93XK	eur	{"value": "41", "precision": 20}	0	2026-11-30 22:51:47.934+00	2026-11-30 22:51:47.934+00	\N	\N	41	\N	\N	\N	\N
price_01M8QAGFTXH7FDP0DP4181PM30	\N	pset_01M8QAGFTXK1BHWG0JZC6GGCN7	eur	{"value": "29", "precision": 20}	0	2026-11-30 22:51:47.934+00	2026-11-30 22:51:47.934+00	\N	\N	29	\N	\N	\N	\N
price_01M8QAGFXAEC4W91DJRVPJR694	\N	pset_01M8QAGFTV7CBC3EFG72F63ZTZ	eur	{"value": "12", "precision": 20}	0	2026-11-30 22:51:48.012+00	2026-11-30 22:51:48.012+00	\N	plist_01M8QAGFXAEZDR8M4YPQFCF0JQ	12	\N	\N	\N	\N
price_01M8QAGFXA10S7X5SCTH837PHY	\N	pset_01M8QAGFTW69Z0SCCEKTV01CR8	eur	{"value": "12", "precision": 20}	0	2026-11-30 22:51:48.012+00	2026-11-30 22:51:48.012+00	\N	plist_01M8QAGFXAEZDR8M4YPQFCF0JQ	12	\N	\N	\N	\N
price_01M8QAGFXA3KNFMN9XFE2V2BXK	\N	pset_01M8QAGFTWTQSCTF472HJXV10W	eur	{"value": "12", "precision": 20}	0	2026-11-30 22:51:48.012+00	2026-11-30 22:51:48.012+00	\N	plist_01M8QAGFXAEZDR8M4YPQFCF0JQ	12	\N	\N	\N	\N
price_01M8QAGFXA3E841JRR9SZEV2ZK	\N	pset_01M8QAGFTW2K27FM148TV5FYP0	eur	{"value": "12", "precision": 20}	0	2026-11-30 22:51:48.012+00	2026-11-30 22:51:48.012+00	\N	plist_01M8QAGFXAEZDR8M4YPQFCF0JQ	12	\N	\N	\N	\N
price_01M8QAGFXAF30VCKJP1QBJYWGP	\N	pset_01M8QAGFTWMEMCTXTE1C666N30	eur	{"value": "12", "precision": 20}	0	2026-11-30 22:51:48.012+00	2026-11-30 22:51:48.012+00	\N	plist_01M8QAGFXAEZDR8M4YPQFCF0JQ	12	\N	\N	\N	\N
price_01M8QAGFXA47XE730VSP3998B3	\N	pset_01M8QAGFTW2FRNE9G23YW05QPN	eur	{"value": "12", "precision": 20}	0	2026-11-30 22:51:48.012+00	2026-11-30 22:51:48.012+00	\N	plist_01M8QAGFXAEZDR8M4YPQFCF0JQ	12	\N	\N	\N	\N
price_01M8QAGFTXQR0015NEVZX4RMC7	\N	pset_01M8QAGFTXKRQNN3H0TXFB5E4W	eur	{"value": "19", "precision": 20}	0	2026-11-30 22:51:47.934+00	2026-11-30 22:51:55.877+00	2026-11-30 22:51:55.868+00	\N	19	\N	\N	\N	\N
\.


--
-- Data for Name: product; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.product (id, title, handle, subtitle, description, is_giftcard, status, thumbnail, weight, length, height, width, origin_country, hs_code, mid_code, material, collection_id, type_id, discountable, external_id, created_at, updated_at, deleted_at, metadata) FROM stdin;
prod_01M8QAGFP09QY62T7XXWT3H43P	Medusa T-Shirt	t-shirt	\N	Cotton tee	f	published	https://medusa-public-images.s3.eu-west-1.amazonaws.com/tee-black-front.png	400	\N	\N	\N	\N	\N	\N	\N	pcol_01M8QAGFN8T8KM9BAPM6WDFYXR	ptyp_01M8QAGFNE1A58QKDAA7SJ13VS	t	\N	2026-11-30 22:51:47.789+00	2026-11-30 22:51:47.789+00	\N	{"brand": "Medusa"}
prod_01M8QAGFP019GWV7CB1MBCMM18	Medusa Hoodie	hoodie	\N	Warm hoodie	f	published	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	t	\N	2026-11-30 22:51:47.789+00	2026-11-30 22:51:47.789+00	\N	\N
prod_01M8QAGFP0ZF205KZPVDT71FFN	Medusa Sweatpants	sweatpants	\N	\N	f	draft	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	t	\N	2026-11-30 22:51:47.789+00	2026-11-30 22:51:47.789+00	\N	\N
prod_01M8QAGFP0Y8BRR4NFNMYB6WW8	Medusa Scarf	scarf	\N	\N	f	published	https://medusa-public-images.s3.eu-west-1.amazonaws.com/scarf.png	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	t	\N	2026-11-30 22:51:47.789+00	2026-11-30 22:51:55.842+00	2026-11-30 22:51:55.84+00	\N
prod_01M8QAGFP0XF5VWYN4PSG2XN43	Medusa Baseball Cap	cap	\N	\N	f	published	https://medusa-public-images.s3.eu-west-1.amazonaws.com/cap.png	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	t	\N	2026-11-30 22:51:47.789+00	2026-11-30 22:51:56.026+00	\N	\N
\.


--
-- Data for Name: product_option; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.product_option (id, title, metadata, created_at, updated_at, deleted_at, is_exclusive) FROM stdin;
opt_01M8QAGFP05TSGZN3PPC3BPMYR	Size	\N	2026-11-30 22:51:47.789+00	2026-11-30 22:51:47.789+00	\N	t
opt_01M8QAGFP0SZDNH2C2C5GNKZBP	Color	\N	2026-11-30 22:51:47.789+00	2026-11-30 22:51:47.789+00	\N	t
opt_01M8QAGFP0BXT62MJJ4JW27AEW	Size	\N	2026-11-30 22:51:47.789+00	2026-11-30 22:51:47.789+00	\N	t
opt_01M8QAGFP0WRWT1KRA93G47TND	Size	\N	2026-11-30 22:51:47.79+00	2026-11-30 22:51:47.79+00	\N	t
opt_01M8QAGFP0K5MN5Y6Z18XBESJ8	Size	\N	2026-11-30 22:51:47.79+00	2026-11-30 22:51:47.79+00	\N	t
opt_01M8QAGFP0VG7YEPBVKG2C7VY1	Size	\N	2026-11-30 22:51:47.789+00	2026-11-30 22:51:55.91+00	2026-11-30 22:51:55.909+00	t
\.


--
-- Data for Name: product_option_value; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.product_option_value (id, value, option_id, metadata, created_at, updated_at, deleted_at, rank) FROM stdin;
optval_01M8QAGFP340RJGT0EFPCMKRWA	S	opt_01M8QAGFP05TSGZN3PPC3BPMYR	\N	2026-11-30 22:51:47.79+00	2026-11-30 22:51:47.79+00	\N	\N
optval_01M8QAGFP3HYG46WMY9F5NRP1W	M	opt_01M8QAGFP05TSGZN3PPC3BPMYR	\N	2026-11-30 22:51:47.79+00	2026-11-30 22:51:47.79+00	\N	\N
optval_01M8QAGFP35NCXVFHF4H7RQQEG	L	opt_01M8QAGFP05TSGZN3PPC3BPMYR	\N	2026-11-30 22:51:47.79+00	2026-11-30 22:51:47.79+00	\N	\N
optval_01M8QAGFP322JQSECYPXQ6B2NM	Black	opt_01M8QAGFP0SZDNH2C2C5GNKZBP	\N	2026-11-30 22:51:47.79+00	2026-11-30 22:51:47.79+00	\N	\N
optval_01M8QAGFP383A5NVXPWQZ60CYD	White	opt_01M8QAGFP0SZDNH2C2C5GNKZBP	\N	2026-11-30 22:51:47.79+00	2026-11-30 22:51:47.79+00	\N	\N
optval_01M8QAGFP42EJJQKBDCFFZQQQE	One Size	opt_01M8QAGFP0BXT62MJJ4JW27AEW	\N	2026-11-30 22:51:47.79+00	2026-11-30 22:51:47.79+00	\N	\N
optval_01M8QAGFP41A7899R2WPX42X1C	M	opt_01M8QAGFP0WRWT1KRA93G47TND	\N	2026-11-30 22:51:47.79+00	2026-11-30 22:51:47.79+00	\N	\N
optval_01M8QAGFP4T92N2DRCT8ST3W8Q	L	opt_01M8QAGFP0WRWT1KRA93G47TND	\N	2026-11-30 22:51:47.79+00	2026-11-30 22:51:47.79+00	\N	\N
optval_01M8QAGFP4EX0PGH87B45JQ6HT	M	opt_01M8QAGFP0K5MN5Y6Z18XBESJ8	\N	2026-11-30 22:51:47.79+00	2026-11-30 22:51:47.79+00	\N	\N
optval_01M8QAGFP4GEK5HM2KXPDV0B3M	One Size	opt_01M8QAGFP0VG7YEPBVKG2C7VY1	\N	2026-11-30 22:51:47.79+00	2026-11-30 22:51:55.918+00	2026-11-30 22:51:55.909+00	\N
\.


--
-- Data for Name: product_product_option; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.product_product_option (id, product_id, product_option_id, created_at, updated_at, deleted_at) FROM stdin;
prodopt_01M8QAGFPX4C39J58F43Z5YSWM	prod_01M8QAGFP09QY62T7XXWT3H43P	opt_01M8QAGFP05TSGZN3PPC3BPMYR	2026-11-30 22:51:47.806+00	2026-11-30 22:51:47.806+00	\N
prodopt_01M8QAGFPXQHGTDDZKV4DQTHCC	prod_01M8QAGFP09QY62T7XXWT3H43P	opt_01M8QAGFP0SZDNH2C2C5GNKZBP	2026-11-30 22:51:47.806+00	2026-11-30 22:51:47.806+00	\N
prodopt_01M8QAGFPX5GH87ZPYWRP4S2DR	prod_01M8QAGFP0XF5VWYN4PSG2XN43	opt_01M8QAGFP0BXT62MJJ4JW27AEW	2026-11-30 22:51:47.806+00	2026-11-30 22:51:47.806+00	\N
prodopt_01M8QAGFPXFBYXEVJYC839WXP1	prod_01M8QAGFP019GWV7CB1MBCMM18	opt_01M8QAGFP0WRWT1KRA93G47TND	2026-11-30 22:51:47.806+00	2026-11-30 22:51:47.806+00	\N
prodopt_01M8QAGFPXGNR7NKJ5AS6B6A2Z	prod_01M8QAGFP0ZF205KZPVDT71FFN	opt_01M8QAGFP0K5MN5Y6Z18XBESJ8	2026-11-30 22:51:47.806+00	2026-11-30 22:51:47.806+00	\N
prodopt_01M8QAGFPXRSMKNVDZ4FSQX4Y5	prod_01M8QAGFP0Y8BRR4NFNMYB6WW8	opt_01M8QAGFP0VG7YEPBVKG2C7VY1	2026-11-30 22:51:47.806+00	2026-11-30 22:51:55.91+00	2026-11-30 22:51:55.907+00
\.


--
-- Data for Name: product_product_option_value; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.product_product_option_value (id, product_product_option_id, product_option_value_id, created_at, updated_at, deleted_at) FROM stdin;
prodoptval_01M8QAGFPXCDXYNDVBMFNR1MST	prodopt_01M8QAGFPX4C39J58F43Z5YSWM	optval_01M8QAGFP340RJGT0EFPCMKRWA	2026-11-30 22:51:47.806+00	2026-11-30 22:51:47.806+00	\N
prodoptval_01M8QAGFPXRAHB16GT49GC7N0P	prodopt_01M8QAGFPX4C39J58F43Z5YSWM	optval_01M8QAGFP3HYG46WMY9F5NRP1W	2026-11-30 22:51:47.806+00	2026-11-30 22:51:47.806+00	\N
prodoptval_01M8QAGFPX35HEGB5VJSF1KQ07	prodopt_01M8QAGFPX4C39J58F43Z5YSWM	optval_01M8QAGFP35NCXVFHF4H7RQQEG	2026-11-30 22:51:47.806+00	2026-11-30 22:51:47.806+00	\N
prodoptval_01M8QAGFPX2HGWF731FDMFPNS3	prodopt_01M8QAGFPXQHGTDDZKV4DQTHCC	optval_01M8QAGFP322JQSECYPXQ6B2NM	2026-11-30 22:51:47.806+00	2026-11-30 22:51:47.806+00	\N
prodoptval_01M8QAGFPXTWS872MH9M3G1H6W	prodopt_01M8QAGFPXQHGTDDZKV4DQTHCC	optval_01M8QAGFP383A5NVXPWQZ60CYD	2026-11-30 22:51:47.806+00	2026-11-30 22:51:47.806+00	\N
prodoptval_01M8QAGFPYE1H1EA1MA5M2V4SS	prodopt_01M8QAGFPX5GH87ZPYWRP4S2DR	optval_01M8QAGFP42EJJQKBDCFFZQQQE	2026-11-30 22:51:47.806+00	2026-11-30 22:51:47.806+00	\N
prodoptval_01M8QAGFPY23FBG1T2QA67Z9KQ	prodopt_01M8QAGFPXFBYXEVJYC839WXP1	optval_01M8QAGFP41A7899R2WPX42X1C	2026-11-30 22:51:47.806+00	2026-11-30 22:51:47.806+00	\N
prodoptval_01M8QAGFPYMYXER9YAS3Z4RESZ	prodopt_01M8QAGFPXFBYXEVJYC839WXP1	optval_01M8QAGFP4T92N2DRCT8ST3W8Q	2026-11-30 22:51:47.806+00	2026-11-30 22:51:47.806+00	\N
prodoptval_01M8QAGFPY22JYERY1EKABWE07	prodopt_01M8QAGFPXGNR7NKJ5AS6B6A2Z	optval_01M8QAGFP4EX0PGH87B45JQ6HT	2026-11-30 22:51:47.806+00	2026-11-30 22:51:47.806+00	\N
prodoptval_01M8QAGFPY5N6XFMQA1FZKVK23	prodopt_01M8QAGFPXRSMKNVDZ4FSQX4Y5	optval_01M8QAGFP4GEK5HM2KXPDV0B3M	2026-11-30 22:51:47.806+00	2026-11-30 22:51:55.91+00	2026-11-30 22:51:55.904+00
\.


--
-- Data for Name: product_sales_channel; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.product_sales_channel (product_id, sales_channel_id, id, created_at, updated_at, deleted_at) FROM stdin;
prod_01M8QAGFP09QY62T7XXWT3H43P	sc_01M8QAGFCR2QQZY0RXK41BKZDK	prodsc_01M8QAGFR9WJRFQH3XK2AJ12Q6	2026-11-30 22:51:47.849704+00	2026-11-30 22:51:47.849704+00	\N
prod_01M8QAGFP0XF5VWYN4PSG2XN43	sc_01M8QAGFCR2QQZY0RXK41BKZDK	prodsc_01M8QAGFRAARF830EC6Y00KD43	2026-11-30 22:51:47.849704+00	2026-11-30 22:51:47.849704+00	\N
prod_01M8QAGFP019GWV7CB1MBCMM18	sc_01M8QAGFCR2QQZY0RXK41BKZDK	prodsc_01M8QAGFRAK7BEVHCFWM39CXD2	2026-11-30 22:51:47.849704+00	2026-11-30 22:51:47.849704+00	\N
prod_01M8QAGFP0ZF205KZPVDT71FFN	sc_01M8QAGFCR2QQZY0RXK41BKZDK	prodsc_01M8QAGFRA63EGAN6N7HY4C5VC	2026-11-30 22:51:47.849704+00	2026-11-30 22:51:47.849704+00	\N
prod_01M8QAGFP0Y8BRR4NFNMYB6WW8	sc_01M8QAGFCR2QQZY0RXK41BKZDK	prodsc_01M8QAGFRA547EV1BFCDKQBN40	2026-11-30 22:51:47.849704+00	2026-11-30 22:51:55.846+00	2026-11-30 22:51:55.845+00
\.


--
-- Data for Name: product_shipping_profile; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.product_shipping_profile (product_id, shipping_profile_id, id, created_at, updated_at, deleted_at) FROM stdin;
prod_01M8QAGFP09QY62T7XXWT3H43P	sp_01M8QAG92NYHFPCVHB98JZYMBV	prodsp_01M8QAGFRXWHRAMGQH3J9WPFDN	2026-11-30 22:51:47.866372+00	2026-11-30 22:51:47.866372+00	\N
prod_01M8QAGFP0XF5VWYN4PSG2XN43	sp_01M8QAG92NYHFPCVHB98JZYMBV	prodsp_01M8QAGFRYYJBM2PPKDY5JR3XB	2026-11-30 22:51:47.866372+00	2026-11-30 22:51:47.866372+00	\N
prod_01M8QAGFP019GWV7CB1MBCMM18	sp_01M8QAG92NYHFPCVHB98JZYMBV	prodsp_01M8QAGFRYVSGJ0N41Q60FNW1G	2026-11-30 22:51:47.866372+00	2026-11-30 22:51:47.866372+00	\N
prod_01M8QAGFP0ZF205KZPVDT71FFN	sp_01M8QAG92NYHFPCVHB98JZYMBV	prodsp_01M8QAGFRYBTJ66GAMV3PGF8JE	2026-11-30 22:51:47.866372+00	2026-11-30 22:51:47.866372+00	\N
prod_01M8QAGFP0Y8BRR4NFNMYB6WW8	sp_01M8QAG92NYHFPCVHB98JZYMBV	prodsp_01M8QAGFRY4KTB1P6FWTYK11G8	2026-11-30 22:51:47.866372+00	2026-11-30 22:51:55.857+00	2026-11-30 22:51:55.856+00
\.


--
-- Data for Name: product_variant; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.product_variant (id, title, sku, barcode, ean, upc, allow_backorder, manage_inventory, hs_code, origin_country, mid_code, material, weight, length, height, width, metadata, variant_rank, product_id, created_at, updated_at, deleted_at, thumbnail) FROM stdin;
variant_01M8QAGFSZ7S1K8Y61EWWKDH69	S / Black	SHIRT-S-Black	\N	\N	\N	f	f	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	prod_01M8QAGFP09QY62T7XXWT3H43P	2026-11-30 22:51:47.906+00	2026-11-30 22:51:47.906+00	\N	\N
variant_01M8QAGFT0VZSG4DQ821HM4Q84	S / White	SHIRT-S-White	\N	\N	\N	f	f	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	prod_01M8QAGFP09QY62T7XXWT3H43P	2026-11-30 22:51:47.906+00	2026-11-30 22:51:47.906+00	\N	\N
variant_01M8QAGFT07A0DCS2M11XKHEPY	M / Black	SHIRT-M-Black	\N	\N	\N	f	f	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	prod_01M8QAGFP09QY62T7XXWT3H43P	2026-11-30 22:51:47.906+00	2026-11-30 22:51:47.906+00	\N	\N
variant_01M8QAGFT0DYB6H3YKBYVT5SS0	M / White	SHIRT-M-White	\N	\N	\N	f	f	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	prod_01M8QAGFP09QY62T7XXWT3H43P	2026-11-30 22:51:47.906+00	2026-11-30 22:51:47.906+00	\N	\N
variant_01M8QAGFT04JDTN0MXVAJ38466	L / Black	SHIRT-L-Black	\N	\N	\N	f	f	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	prod_01M8QAGFP09QY62T7XXWT3H43P	2026-11-30 22:51:47.906+00	2026-11-30 22:51:47.906+00	\N	\N
variant_01M8QAGFT0PT86RJSANVNVYX6V	L / White	SHIRT-L-White	\N	\N	\N	f	f	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	prod_01M8QAGFP09QY62T7XXWT3H43P	2026-11-30 22:51:47.906+00	2026-11-30 22:51:47.906+00	\N	\N
variant_01M8QAGFT0CM5J737PGHDYCMFZ	One Size	CAP-OS	\N	4006381333931	\N	f	f	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	prod_01M8QAGFP0XF5VWYN4PSG2XN43	2026-11-30 22:51:47.906+00	2026-11-30 22:51:47.906+00	\N	\N
variant_01M8QAGFT0BF2RJGD97JW955KG	M	HOODIE-M	\N	\N	\N	f	f	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	prod_01M8QAGFP019GWV7CB1MBCMM18	2026-11-30 22:51:47.906+00	2026-11-30 22:51:47.906+00	\N	\N
variant_01M8QAGFT0DF4VXB73S9ZFAF9J	L	HOODIE-L	\N	\N	\N	f	f	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	prod_01M8QAGFP019GWV7CB1MBCMM18	2026-11-30 22:51:47.906+00	2026-11-30 22:51:47.906+00	\N	\N
variant_01M8QAGFT13NZ2860QBSQV6KHZ	M	SWEATPANTS-M	\N	\N	\N	f	f	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	prod_01M8QAGFP0ZF205KZPVDT71FFN	2026-11-30 22:51:47.906+00	2026-11-30 22:51:47.906+00	\N	\N
variant_01M8QAGFT0X6SSB269WPXP1TXH	One Size	SCARF-OS	\N	\N	\N	f	f	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	prod_01M8QAGFP0Y8BRR4NFNMYB6WW8	2026-11-30 22:51:47.906+00	2026-11-30 22:51:55.861+00	2026-11-30 22:51:55.84+00	\N
\.


--
-- Data for Name: product_variant_price_set; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.product_variant_price_set (variant_id, price_set_id, id, created_at, updated_at, deleted_at) FROM stdin;
variant_01M8QAGFSZ7S1K8Y61EWWKDH69	pset_01M8QAGFTV7CBC3EFG72F63ZTZ	pvps_01M8QAGFVZ8K96YPBR9J5DJPTZ	2026-11-30 22:51:47.967475+00	2026-11-30 22:51:47.967475+00	\N
variant_01M8QAGFT0VZSG4DQ821HM4Q84	pset_01M8QAGFTW69Z0SCCEKTV01CR8	pvps_01M8QAGFW0PA194Z6510FGW2XE	2026-11-30 22:51:47.967475+00	2026-11-30 22:51:47.967475+00	\N
variant_01M8QAGFT07A0DCS2M11XKHEPY	pset_01M8QAGFTWTQSCTF472HJXV10W	pvps_01M8QAGFW0AR6RPTK7P64ABGT7	2026-11-30 22:51:47.967475+00	2026-11-30 22:51:47.967475+00	\N
variant_01M8QAGFT0DYB6H3YKBYVT5SS0	pset_01M8QAGFTW2K27FM148TV5FYP0	pvps_01M8QAGFW04TNG439TMB695Q9P	2026-11-30 22:51:47.967475+00	2026-11-30 22:51:47.967475+00	\N
variant_01M8QAGFT04JDTN0MXVAJ38466	pset_01M8QAGFTWMEMCTXTE1C666N30	pvps_01M8QAGFW0V4GJ9YDNQRQ3P6YX	2026-11-30 22:51:47.967475+00	2026-11-30 22:51:47.967475+00	\N
variant_01M8QAGFT0PT86RJSANVNVYX6V	pset_01M8QAGFTW2FRNE9G23YW05QPN	pvps_01M8QAGFW0M7CX2CWTP1HD79KF	2026-11-30 22:51:47.967475+00	2026-11-30 22:51:47.967475+00	\N
variant_01M8QAGFT0CM5J737PGHDYCMFZ	pset_01M8QAGFTX3ZPZP6YFRZWFYZYH	pvps_01M8QAGFW03D3VNRMEP02K6C3F	2026-11-30 22:51:47.967475+00	2026-11-30 22:51:47.967475+00	\N
variant_01M8QAGFT0BF2RJGD97JW955KG	pset_01M8QAGFTX8VSW7EXNRJVPFS0S	pvps_01M8QAGFW3WW5DHA6A3WRP89D1	2026-11-30 22:51:47.967475+00	2026-11-30 22:51:47.967475+00	\N
variant_01M8QAGFT0DF4VXB73S9ZFAF9J	pset_01M8QAGFTX41DJCEPZZ65R93XK	pvps_01M8QAGFW3KS62NHJ38VPS2VEZ	2026-11-30 22:51:47.967475+00	2026-11-30 22:51:47.967475+00	\N
variant_01M8QAGFT13NZ2860QBSQV6KHZ	pset_01M8QAGFTXK1BHWG0JZC6GGCN7	pvps_01M8QAGFW3Q2M667JE801DC0CD	2026-11-30 22:51:47.967475+00	2026-11-30 22:51:47.967475+00	\N
variant_01M8QAGFT0X6SSB269WPXP1TXH	pset_01M8QAGFTXKRQNN3H0TXFB5E4W	pvps_01M8QAGFW1X84ZJ06QCPVWNQHS	2026-11-30 22:51:47.967475+00	2026-11-30 22:51:55.849+00	2026-11-30 22:51:55.848+00
\.


--
-- Name: order_change_action_ordering_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.order_change_action_ordering_seq', 5, true);


--
-- Name: order_display_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.order_display_id_seq', 7, true);


--
-- PostgreSQL database dump complete
--

\unrestrict 5zLpFxctCeSWRTh1ETIb1yp2QIdNv6mR3ksfITM27NM0GKIX8wHJosy9URRmgWG

