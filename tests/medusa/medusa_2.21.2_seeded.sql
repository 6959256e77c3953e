--
-- PostgreSQL database dump
--

\restrict C5XnsoPflTgOR3dt0FUFLj6gTxuYI8OrPajdL66Oiwhv7IfUU4cshCb9zmjYX1R

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
-- Name: pg_trgm; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;


--
-- Name: EXTENSION pg_trgm; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON EXTENSION pg_trgm IS 'text similarity measurement and index searching based on trigrams';


--
-- Name: unaccent; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;


--
-- Name: EXTENSION unaccent; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON EXTENSION unaccent IS 'text search dictionary that removes accents';


--
-- Name: claim_reason_enum; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.claim_reason_enum AS ENUM (
    'missing_item',
    'wrong_item',
    'production_failure',
    'other'
);


--
-- Name: order_claim_type_enum; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.order_claim_type_enum AS ENUM (
    'refund',
    'replace'
);


--
-- Name: order_status_enum; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.order_status_enum AS ENUM (
    'pending',
    'completed',
    'draft',
    'archived',
    'canceled',
    'requires_action'
);


--
-- Name: return_status_enum; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.return_status_enum AS ENUM (
    'open',
    'requested',
    'received',
    'partially_received',
    'canceled'
);


--
-- Name: medusa_search_english; Type: TEXT SEARCH CONFIGURATION; Schema: public; Owner: -
--

CREATE TEXT SEARCH CONFIGURATION public.medusa_search_english (
    PARSER = pg_catalog."default" );

ALTER TEXT SEARCH CONFIGURATION public.medusa_search_english
    ADD MAPPING FOR asciiword WITH english_stem;

ALTER TEXT SEARCH CONFIGURATION public.medusa_search_english
    ADD MAPPING FOR word WITH public.unaccent, english_stem;

ALTER TEXT SEARCH CONFIGURATION public.medusa_search_english
    ADD MAPPING FOR numword WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.medusa_search_english
    ADD MAPPING FOR email WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.medusa_search_english
    ADD MAPPING FOR url WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.medusa_search_english
    ADD MAPPING FOR host WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.medusa_search_english
    ADD MAPPING FOR sfloat WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.medusa_search_english
    ADD MAPPING FOR version WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.medusa_search_english
    ADD MAPPING FOR hword_numpart WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.medusa_search_english
    ADD MAPPING FOR hword_part WITH public.unaccent, english_stem;

ALTER TEXT SEARCH CONFIGURATION public.medusa_search_english
    ADD MAPPING FOR hword_asciipart WITH english_stem;

ALTER TEXT SEARCH CONFIGURATION public.medusa_search_english
    ADD MAPPING FOR numhword WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.medusa_search_english
    ADD MAPPING FOR asciihword WITH english_stem;

ALTER TEXT SEARCH CONFIGURATION public.medusa_search_english
    ADD MAPPING FOR hword WITH public.unaccent, english_stem;

ALTER TEXT SEARCH CONFIGURATION public.medusa_search_english
    ADD MAPPING FOR url_path WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.medusa_search_english
    ADD MAPPING FOR file WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.medusa_search_english
    ADD MAPPING FOR "float" WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.medusa_search_english
    ADD MAPPING FOR "int" WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.medusa_search_english
    ADD MAPPING FOR uint WITH simple;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: account_holder; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.account_holder (
    id text NOT NULL,
    provider_id text NOT NULL,
    external_id text NOT NULL,
    email text,
    data jsonb DEFAULT '{}'::jsonb NOT NULL,
    metadata jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: api_key; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.api_key (
    id text NOT NULL,
    token text NOT NULL,
    salt text NOT NULL,
    redacted text NOT NULL,
    title text NOT NULL,
    type text NOT NULL,
    last_used_at timestamp with time zone,
    created_by text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    revoked_by text,
    revoked_at timestamp with time zone,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT api_key_type_check CHECK ((type = ANY (ARRAY['publishable'::text, 'secret'::text])))
);


--
-- Name: application_method_buy_rules; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.application_method_buy_rules (
    application_method_id text NOT NULL,
    promotion_rule_id text NOT NULL
);


--
-- Name: application_method_target_rules; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.application_method_target_rules (
    application_method_id text NOT NULL,
    promotion_rule_id text NOT NULL
);


--
-- Name: auth_identity; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.auth_identity (
    id text NOT NULL,
    app_metadata jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: auth_mfa_factor; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.auth_mfa_factor (
    id text NOT NULL,
    auth_identity_id text NOT NULL,
    provider text NOT NULL,
    status text NOT NULL,
    provider_metadata jsonb,
    metadata jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: auth_mfa_recovery_code; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.auth_mfa_recovery_code (
    id text NOT NULL,
    auth_identity_id text NOT NULL,
    code_hash text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: auth_password_reset_token; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.auth_password_reset_token (
    id text NOT NULL,
    auth_identity_id text NOT NULL,
    provider_identity_id text NOT NULL,
    entity_id text NOT NULL,
    token_hash text NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: auth_verification; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.auth_verification (
    id text NOT NULL,
    auth_identity_id text NOT NULL,
    entity_id text NOT NULL,
    entity_type text NOT NULL,
    code_provider text NOT NULL,
    verified_at timestamp with time zone,
    requested_at timestamp with time zone NOT NULL,
    provider_metadata jsonb,
    metadata jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: capture; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.capture (
    id text NOT NULL,
    amount numeric NOT NULL,
    raw_amount jsonb NOT NULL,
    payment_id text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    created_by text,
    metadata jsonb
);


--
-- Name: cart; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cart (
    id text NOT NULL,
    region_id text,
    customer_id text,
    sales_channel_id text,
    email text,
    currency_code text NOT NULL,
    shipping_address_id text,
    billing_address_id text,
    metadata jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    completed_at timestamp with time zone,
    locale text
);


--
-- Name: cart_address; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cart_address (
    id text NOT NULL,
    customer_id text,
    company text,
    first_name text,
    last_name text,
    address_1 text,
    address_2 text,
    city text,
    country_code text,
    province text,
    postal_code text,
    phone text,
    metadata jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: cart_line_item; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cart_line_item (
    id text NOT NULL,
    cart_id text NOT NULL,
    title text NOT NULL,
    subtitle text,
    thumbnail text,
    quantity integer NOT NULL,
    variant_id text,
    product_id text,
    product_title text,
    product_description text,
    product_subtitle text,
    product_type text,
    product_collection text,
    product_handle text,
    variant_sku text,
    variant_barcode text,
    variant_title text,
    variant_option_values jsonb,
    requires_shipping boolean DEFAULT true NOT NULL,
    is_discountable boolean DEFAULT true NOT NULL,
    is_tax_inclusive boolean DEFAULT false NOT NULL,
    compare_at_unit_price numeric,
    raw_compare_at_unit_price jsonb,
    unit_price numeric NOT NULL,
    raw_unit_price jsonb NOT NULL,
    metadata jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    product_type_id text,
    is_custom_price boolean DEFAULT false NOT NULL,
    is_giftcard boolean DEFAULT false NOT NULL,
    CONSTRAINT cart_line_item_unit_price_check CHECK ((unit_price >= (0)::numeric))
);


--
-- Name: cart_line_item_adjustment; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cart_line_item_adjustment (
    id text NOT NULL,
    description text,
    promotion_id text,
    code text,
    amount numeric NOT NULL,
    raw_amount jsonb NOT NULL,
    provider_id text,
    metadata jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    item_id text,
    is_tax_inclusive boolean DEFAULT false NOT NULL,
    CONSTRAINT cart_line_item_adjustment_check CHECK ((amount >= (0)::numeric))
);


--
-- Name: cart_line_item_tax_line; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cart_line_item_tax_line (
    id text NOT NULL,
    description text,
    tax_rate_id text,
    code text NOT NULL,
    rate real NOT NULL,
    provider_id text,
    metadata jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    item_id text,
    data jsonb
);


--
-- Name: cart_payment_collection; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cart_payment_collection (
    cart_id character varying(255) NOT NULL,
    payment_collection_id character varying(255) NOT NULL,
    id character varying(255) NOT NULL,
    created_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: cart_promotion; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cart_promotion (
    cart_id character varying(255) NOT NULL,
    promotion_id character varying(255) NOT NULL,
    id character varying(255) NOT NULL,
    created_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: cart_shipping_method; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cart_shipping_method (
    id text NOT NULL,
    cart_id text NOT NULL,
    name text NOT NULL,
    description jsonb,
    amount numeric NOT NULL,
    raw_amount jsonb NOT NULL,
    is_tax_inclusive boolean DEFAULT false NOT NULL,
    shipping_option_id text,
    data jsonb,
    metadata jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT cart_shipping_method_check CHECK ((amount >= (0)::numeric))
);


--
-- Name: cart_shipping_method_adjustment; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cart_shipping_method_adjustment (
    id text NOT NULL,
    description text,
    promotion_id text,
    code text,
    amount numeric NOT NULL,
    raw_amount jsonb NOT NULL,
    provider_id text,
    metadata jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    shipping_method_id text
);


--
-- Name: cart_shipping_method_tax_line; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cart_shipping_method_tax_line (
    id text NOT NULL,
    description text,
    tax_rate_id text,
    code text NOT NULL,
    rate real NOT NULL,
    provider_id text,
    metadata jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    shipping_method_id text,
    data jsonb
);


--
-- Name: credit_line; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.credit_line (
    id text NOT NULL,
    cart_id text NOT NULL,
    reference text,
    reference_id text,
    amount numeric NOT NULL,
    raw_amount jsonb NOT NULL,
    metadata jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: currency; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.currency (
    code text NOT NULL,
    symbol text NOT NULL,
    symbol_native text NOT NULL,
    decimal_digits integer DEFAULT 0 NOT NULL,
    rounding numeric DEFAULT 0 NOT NULL,
    raw_rounding jsonb NOT NULL,
    name text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: customer; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.customer (
    id text NOT NULL,
    company_name text,
    first_name text,
    last_name text,
    email text,
    phone text,
    has_account boolean DEFAULT false NOT NULL,
    metadata jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    created_by text
);


--
-- Name: customer_account_holder; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.customer_account_holder (
    customer_id character varying(255) NOT NULL,
    account_holder_id character varying(255) NOT NULL,
    id character varying(255) NOT NULL,
    created_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: customer_address; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.customer_address (
    id text NOT NULL,
    customer_id text NOT NULL,
    address_name text,
    is_default_shipping boolean DEFAULT false NOT NULL,
    is_default_billing boolean DEFAULT false NOT NULL,
    company text,
    first_name text,
    last_name text,
    address_1 text,
    address_2 text,
    city text,
    country_code text,
    province text,
    postal_code text,
    phone text,
    metadata jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: customer_group; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.customer_group (
    id text NOT NULL,
    name text NOT NULL,
    metadata jsonb,
    created_by text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: customer_group_customer; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.customer_group_customer (
    id text NOT NULL,
    customer_id text NOT NULL,
    customer_group_id text NOT NULL,
    metadata jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    created_by text,
    deleted_at timestamp with time zone
);


--
-- Name: fulfillment; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.fulfillment (
    id text NOT NULL,
    location_id text NOT NULL,
    packed_at timestamp with time zone,
    shipped_at timestamp with time zone,
    delivered_at timestamp with time zone,
    canceled_at timestamp with time zone,
    data jsonb,
    provider_id text,
    shipping_option_id text,
    metadata jsonb,
    delivery_address_id text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    marked_shipped_by text,
    created_by text,
    requires_shipping boolean DEFAULT true NOT NULL
);


--
-- Name: fulfillment_address; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.fulfillment_address (
    id text NOT NULL,
    company text,
    first_name text,
    last_name text,
    address_1 text,
    address_2 text,
    city text,
    country_code text,
    province text,
    postal_code text,
    phone text,
    metadata jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: fulfillment_item; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.fulfillment_item (
    id text NOT NULL,
    title text NOT NULL,
    sku text NOT NULL,
    barcode text NOT NULL,
    quantity numeric NOT NULL,
    raw_quantity jsonb NOT NULL,
    line_item_id text,
    inventory_item_id text,
    fulfillment_id text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: fulfillment_label; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.fulfillment_label (
    id text NOT NULL,
    tracking_number text NOT NULL,
    tracking_url text NOT NULL,
    label_url text NOT NULL,
    fulfillment_id text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: fulfillment_provider; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.fulfillment_provider (
    id text NOT NULL,
    is_enabled boolean DEFAULT true NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: fulfillment_set; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.fulfillment_set (
    id text NOT NULL,
    name text NOT NULL,
    type text NOT NULL,
    metadata jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: geo_zone; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.geo_zone (
    id text NOT NULL,
    type text DEFAULT 'country'::text NOT NULL,
    country_code text NOT NULL,
    province_code text,
    city text,
    service_zone_id text NOT NULL,
    postal_expression jsonb,
    metadata jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT geo_zone_type_check CHECK ((type = ANY (ARRAY['country'::text, 'province'::text, 'city'::text, 'zip'::text])))
);


--
-- Name: image; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.image (
    id text NOT NULL,
    url text NOT NULL,
    metadata jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    rank integer DEFAULT 0 NOT NULL,
    product_id text NOT NULL
);


--
-- Name: inventory_item; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.inventory_item (
    id text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    sku text,
    origin_country text,
    hs_code text,
    mid_code text,
    material text,
    weight integer,
    length integer,
    height integer,
    width integer,
    requires_shipping boolean DEFAULT true NOT NULL,
    description text,
    title text,
    thumbnail text,
    metadata jsonb,
    unit_of_measure text
);


--
-- Name: inventory_level; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.inventory_level (
    id text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    inventory_item_id text NOT NULL,
    location_id text NOT NULL,
    stocked_quantity numeric DEFAULT 0 NOT NULL,
    reserved_quantity numeric DEFAULT 0 NOT NULL,
    incoming_quantity numeric DEFAULT 0 NOT NULL,
    metadata jsonb,
    raw_stocked_quantity jsonb,
    raw_reserved_quantity jsonb,
    raw_incoming_quantity jsonb
);


--
-- Name: invite; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.invite (
    id text NOT NULL,
    email text NOT NULL,
    accepted boolean DEFAULT false NOT NULL,
    token text NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    metadata jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: layout_configuration; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.layout_configuration (
    id text NOT NULL,
    zone text NOT NULL,
    user_id text,
    is_system_default boolean DEFAULT false NOT NULL,
    configuration jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: link_module_migrations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.link_module_migrations (
    id integer NOT NULL,
    table_name character varying(255) NOT NULL,
    link_descriptor jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp without time zone DEFAULT CURRENT_TIMESTAMP
);


--
-- Name: link_module_migrations_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.link_module_migrations_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: link_module_migrations_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.link_module_migrations_id_seq OWNED BY public.link_module_migrations.id;


--
-- Name: location_fulfillment_provider; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.location_fulfillment_provider (
    stock_location_id character varying(255) NOT NULL,
    fulfillment_provider_id character varying(255) NOT NULL,
    id character varying(255) NOT NULL,
    created_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: location_fulfillment_set; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.location_fulfillment_set (
    stock_location_id character varying(255) NOT NULL,
    fulfillment_set_id character varying(255) NOT NULL,
    id character varying(255) NOT NULL,
    created_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: mikro_orm_migrations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mikro_orm_migrations (
    id integer NOT NULL,
    name character varying(255),
    executed_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP
);


--
-- Name: mikro_orm_migrations_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.mikro_orm_migrations_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: mikro_orm_migrations_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.mikro_orm_migrations_id_seq OWNED BY public.mikro_orm_migrations.id;


--
-- Name: notification; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.notification (
    id text NOT NULL,
    "to" text NOT NULL,
    channel text NOT NULL,
    template text,
    data jsonb,
    trigger_type text,
    resource_id text,
    resource_type text,
    receiver_id text,
    original_notification_id text,
    idempotency_key text,
    external_id text,
    provider_id text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    status text DEFAULT 'pending'::text NOT NULL,
    "from" text,
    provider_data jsonb,
    CONSTRAINT notification_status_check CHECK ((status = ANY (ARRAY['pending'::text, 'success'::text, 'failure'::text])))
);


--
-- Name: notification_provider; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.notification_provider (
    id text NOT NULL,
    handle text NOT NULL,
    name text NOT NULL,
    is_enabled boolean DEFAULT true NOT NULL,
    channels text[] DEFAULT '{}'::text[] NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: order; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."order" (
    id text NOT NULL,
    region_id text,
    display_id integer,
    customer_id text,
    version integer DEFAULT 1 NOT NULL,
    sales_channel_id text,
    status public.order_status_enum DEFAULT 'pending'::public.order_status_enum NOT NULL,
    is_draft_order boolean DEFAULT false NOT NULL,
    email text,
    currency_code text NOT NULL,
    shipping_address_id text,
    billing_address_id text,
    no_notification boolean,
    metadata jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    canceled_at timestamp with time zone,
    custom_display_id text,
    locale text
);


--
-- Name: order_address; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.order_address (
    id text NOT NULL,
    customer_id text,
    company text,
    first_name text,
    last_name text,
    address_1 text,
    address_2 text,
    city text,
    country_code text,
    province text,
    postal_code text,
    phone text,
    metadata jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: order_cart; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.order_cart (
    order_id character varying(255) NOT NULL,
    cart_id character varying(255) NOT NULL,
    id character varying(255) NOT NULL,
    created_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: order_change; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.order_change (
    id text NOT NULL,
    order_id text NOT NULL,
    version integer NOT NULL,
    description text,
    status text DEFAULT 'pending'::text NOT NULL,
    internal_note text,
    created_by text,
    requested_by text,
    requested_at timestamp with time zone,
    confirmed_by text,
    confirmed_at timestamp with time zone,
    declined_by text,
    declined_reason text,
    metadata jsonb,
    declined_at timestamp with time zone,
    canceled_by text,
    canceled_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    change_type text,
    deleted_at timestamp with time zone,
    return_id text,
    claim_id text,
    exchange_id text,
    carry_over_promotions boolean,
    no_notification boolean,
    CONSTRAINT order_change_status_check CHECK ((status = ANY (ARRAY['confirmed'::text, 'declined'::text, 'requested'::text, 'pending'::text, 'canceled'::text])))
);


--
-- Name: order_change_action; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.order_change_action (
    id text NOT NULL,
    order_id text,
    version integer,
    ordering bigint NOT NULL,
    order_change_id text,
    reference text,
    reference_id text,
    action text NOT NULL,
    details jsonb,
    amount numeric,
    raw_amount jsonb,
    internal_note text,
    applied boolean DEFAULT false NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    return_id text,
    claim_id text,
    exchange_id text
);


--
-- Name: order_change_action_ordering_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.order_change_action_ordering_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: order_change_action_ordering_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.order_change_action_ordering_seq OWNED BY public.order_change_action.ordering;


--
-- Name: order_claim; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.order_claim (
    id text NOT NULL,
    order_id text NOT NULL,
    return_id text,
    order_version integer NOT NULL,
    display_id integer NOT NULL,
    type public.order_claim_type_enum NOT NULL,
    no_notification boolean,
    refund_amount numeric,
    raw_refund_amount jsonb,
    metadata jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    canceled_at timestamp with time zone,
    created_by text
);


--
-- Name: order_claim_display_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.order_claim_display_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: order_claim_display_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.order_claim_display_id_seq OWNED BY public.order_claim.display_id;


--
-- Name: order_claim_item; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.order_claim_item (
    id text NOT NULL,
    claim_id text NOT NULL,
    item_id text NOT NULL,
    is_additional_item boolean DEFAULT false NOT NULL,
    reason public.claim_reason_enum,
    quantity numeric NOT NULL,
    raw_quantity jsonb NOT NULL,
    note text,
    metadata jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: order_claim_item_image; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.order_claim_item_image (
    id text NOT NULL,
    claim_item_id text NOT NULL,
    url text NOT NULL,
    metadata jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: order_credit_line; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.order_credit_line (
    id text NOT NULL,
    order_id text NOT NULL,
    reference text,
    reference_id text,
    amount numeric NOT NULL,
    raw_amount jsonb NOT NULL,
    metadata jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    version integer DEFAULT 1 NOT NULL
);


--
-- Name: order_display_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.order_display_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: order_display_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.order_display_id_seq OWNED BY public."order".display_id;


--
-- Name: order_exchange; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.order_exchange (
    id text NOT NULL,
    order_id text NOT NULL,
    return_id text,
    order_version integer NOT NULL,
    display_id integer NOT NULL,
    no_notification boolean,
    allow_backorder boolean DEFAULT false NOT NULL,
    difference_due numeric,
    raw_difference_due jsonb,
    metadata jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    canceled_at timestamp with time zone,
    created_by text
);


--
-- Name: order_exchange_display_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.order_exchange_display_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: order_exchange_display_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.order_exchange_display_id_seq OWNED BY public.order_exchange.display_id;


--
-- Name: order_exchange_item; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.order_exchange_item (
    id text NOT NULL,
    exchange_id text NOT NULL,
    item_id text NOT NULL,
    quantity numeric NOT NULL,
    raw_quantity jsonb NOT NULL,
    note text,
    metadata jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: order_fulfillment; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.order_fulfillment (
    order_id character varying(255) NOT NULL,
    fulfillment_id character varying(255) NOT NULL,
    id character varying(255) NOT NULL,
    created_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: order_item; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.order_item (
    id text NOT NULL,
    order_id text NOT NULL,
    version integer NOT NULL,
    item_id text NOT NULL,
    quantity numeric NOT NULL,
    raw_quantity jsonb NOT NULL,
    fulfilled_quantity numeric NOT NULL,
    raw_fulfilled_quantity jsonb DEFAULT '{"value": "0", "precision": 20}'::jsonb NOT NULL,
    shipped_quantity numeric NOT NULL,
    raw_shipped_quantity jsonb DEFAULT '{"value": "0", "precision": 20}'::jsonb NOT NULL,
    return_requested_quantity numeric NOT NULL,
    raw_return_requested_quantity jsonb DEFAULT '{"value": "0", "precision": 20}'::jsonb NOT NULL,
    return_received_quantity numeric NOT NULL,
    raw_return_received_quantity jsonb DEFAULT '{"value": "0", "precision": 20}'::jsonb NOT NULL,
    return_dismissed_quantity numeric NOT NULL,
    raw_return_dismissed_quantity jsonb DEFAULT '{"value": "0", "precision": 20}'::jsonb NOT NULL,
    written_off_quantity numeric NOT NULL,
    raw_written_off_quantity jsonb DEFAULT '{"value": "0", "precision": 20}'::jsonb NOT NULL,
    metadata jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    delivered_quantity numeric DEFAULT 0 NOT NULL,
    raw_delivered_quantity jsonb DEFAULT '{"value": "0", "precision": 20}'::jsonb NOT NULL,
    unit_price numeric,
    raw_unit_price jsonb,
    compare_at_unit_price numeric,
    raw_compare_at_unit_price jsonb
);


--
-- Name: order_line_item; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.order_line_item (
    id text NOT NULL,
    totals_id text,
    title text NOT NULL,
    subtitle text,
    thumbnail text,
    variant_id text,
    product_id text,
    product_title text,
    product_description text,
    product_subtitle text,
    product_type text,
    product_collection text,
    product_handle text,
    variant_sku text,
    variant_barcode text,
    variant_title text,
    variant_option_values jsonb,
    requires_shipping boolean DEFAULT true NOT NULL,
    is_discountable boolean DEFAULT true NOT NULL,
    is_tax_inclusive boolean DEFAULT false NOT NULL,
    compare_at_unit_price numeric,
    raw_compare_at_unit_price jsonb,
    unit_price numeric NOT NULL,
    raw_unit_price jsonb NOT NULL,
    metadata jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    is_custom_price boolean DEFAULT false NOT NULL,
    product_type_id text,
    is_giftcard boolean DEFAULT false NOT NULL
);


--
-- Name: order_line_item_adjustment; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.order_line_item_adjustment (
    id text NOT NULL,
    description text,
    promotion_id text,
    code text,
    amount numeric NOT NULL,
    raw_amount jsonb NOT NULL,
    provider_id text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    item_id text NOT NULL,
    deleted_at timestamp with time zone,
    is_tax_inclusive boolean DEFAULT false NOT NULL,
    version integer DEFAULT 1 NOT NULL
);


--
-- Name: order_line_item_tax_line; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.order_line_item_tax_line (
    id text NOT NULL,
    description text,
    tax_rate_id text,
    code text NOT NULL,
    rate numeric NOT NULL,
    raw_rate jsonb NOT NULL,
    provider_id text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    item_id text NOT NULL,
    deleted_at timestamp with time zone,
    metadata jsonb,
    data jsonb
);


--
-- Name: order_payment_collection; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.order_payment_collection (
    order_id character varying(255) NOT NULL,
    payment_collection_id character varying(255) NOT NULL,
    id character varying(255) NOT NULL,
    created_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: order_promotion; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.order_promotion (
    order_id character varying(255) NOT NULL,
    promotion_id character varying(255) NOT NULL,
    id character varying(255) NOT NULL,
    created_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: order_shipping; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.order_shipping (
    id text NOT NULL,
    order_id text NOT NULL,
    version integer NOT NULL,
    shipping_method_id text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    return_id text,
    claim_id text,
    exchange_id text
);


--
-- Name: order_shipping_method; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.order_shipping_method (
    id text NOT NULL,
    name text NOT NULL,
    description jsonb,
    amount numeric NOT NULL,
    raw_amount jsonb NOT NULL,
    is_tax_inclusive boolean DEFAULT false NOT NULL,
    shipping_option_id text,
    data jsonb,
    metadata jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    is_custom_amount boolean DEFAULT false NOT NULL
);


--
-- Name: order_shipping_method_adjustment; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.order_shipping_method_adjustment (
    id text NOT NULL,
    description text,
    promotion_id text,
    code text,
    amount numeric NOT NULL,
    raw_amount jsonb NOT NULL,
    provider_id text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    shipping_method_id text NOT NULL,
    deleted_at timestamp with time zone,
    version integer DEFAULT 1 NOT NULL
);


--
-- Name: order_shipping_method_tax_line; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.order_shipping_method_tax_line (
    id text NOT NULL,
    description text,
    tax_rate_id text,
    code text NOT NULL,
    rate numeric NOT NULL,
    raw_rate jsonb NOT NULL,
    provider_id text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    shipping_method_id text NOT NULL,
    deleted_at timestamp with time zone,
    metadata jsonb,
    data jsonb
);


--
-- Name: order_summary; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.order_summary (
    id text NOT NULL,
    order_id text NOT NULL,
    version integer DEFAULT 1 NOT NULL,
    totals jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: order_transaction; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.order_transaction (
    id text NOT NULL,
    order_id text NOT NULL,
    version integer DEFAULT 1 NOT NULL,
    amount numeric NOT NULL,
    raw_amount jsonb NOT NULL,
    currency_code text NOT NULL,
    reference text,
    reference_id text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    return_id text,
    claim_id text,
    exchange_id text
);


--
-- Name: payment; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.payment (
    id text NOT NULL,
    amount numeric NOT NULL,
    raw_amount jsonb NOT NULL,
    currency_code text NOT NULL,
    provider_id text NOT NULL,
    data jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    captured_at timestamp with time zone,
    canceled_at timestamp with time zone,
    payment_collection_id text NOT NULL,
    payment_session_id text NOT NULL,
    metadata jsonb
);


--
-- Name: payment_collection; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.payment_collection (
    id text NOT NULL,
    currency_code text NOT NULL,
    amount numeric NOT NULL,
    raw_amount jsonb NOT NULL,
    authorized_amount numeric,
    raw_authorized_amount jsonb,
    captured_amount numeric,
    raw_captured_amount jsonb,
    refunded_amount numeric,
    raw_refunded_amount jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    completed_at timestamp with time zone,
    status text DEFAULT 'not_paid'::text NOT NULL,
    metadata jsonb,
    CONSTRAINT payment_collection_status_check CHECK ((status = ANY (ARRAY['not_paid'::text, 'awaiting'::text, 'authorized'::text, 'partially_authorized'::text, 'canceled'::text, 'failed'::text, 'partially_captured'::text, 'completed'::text])))
);


--
-- Name: payment_collection_payment_providers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.payment_collection_payment_providers (
    payment_collection_id text NOT NULL,
    payment_provider_id text NOT NULL
);


--
-- Name: payment_provider; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.payment_provider (
    id text NOT NULL,
    is_enabled boolean DEFAULT true NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: payment_session; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.payment_session (
    id text NOT NULL,
    currency_code text NOT NULL,
    amount numeric NOT NULL,
    raw_amount jsonb NOT NULL,
    provider_id text NOT NULL,
    data jsonb DEFAULT '{}'::jsonb NOT NULL,
    context jsonb,
    status text DEFAULT 'pending'::text NOT NULL,
    authorized_at timestamp with time zone,
    payment_collection_id text NOT NULL,
    metadata jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT payment_session_status_check CHECK ((status = ANY (ARRAY['authorized'::text, 'captured'::text, 'pending'::text, 'requires_more'::text, 'error'::text, 'canceled'::text, 'pending_authorization'::text])))
);


--
-- Name: price; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.price (
    id text NOT NULL,
    title text,
    price_set_id text NOT NULL,
    currency_code text NOT NULL,
    raw_amount jsonb NOT NULL,
    rules_count integer DEFAULT 0,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    price_list_id text,
    amount numeric NOT NULL,
    min_quantity numeric,
    max_quantity numeric,
    raw_min_quantity jsonb,
    raw_max_quantity jsonb
);


--
-- Name: price_list; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.price_list (
    id text NOT NULL,
    status text DEFAULT 'draft'::text NOT NULL,
    starts_at timestamp with time zone,
    ends_at timestamp with time zone,
    rules_count integer DEFAULT 0,
    title text NOT NULL,
    description text NOT NULL,
    type text DEFAULT 'sale'::text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    metadata jsonb,
    CONSTRAINT price_list_status_check CHECK ((status = ANY (ARRAY['active'::text, 'draft'::text]))),
    CONSTRAINT price_list_type_check CHECK ((type = ANY (ARRAY['sale'::text, 'override'::text])))
);


--
-- Name: price_list_rule; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.price_list_rule (
    id text NOT NULL,
    price_list_id text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    value jsonb,
    attribute text DEFAULT ''::text NOT NULL
);


--
-- Name: price_preference; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.price_preference (
    id text NOT NULL,
    attribute text NOT NULL,
    value text,
    is_tax_inclusive boolean DEFAULT false NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: price_rule; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.price_rule (
    id text NOT NULL,
    value text NOT NULL,
    priority integer DEFAULT 0 NOT NULL,
    price_id text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    attribute text DEFAULT ''::text NOT NULL,
    operator text DEFAULT 'eq'::text NOT NULL,
    CONSTRAINT price_rule_operator_check CHECK ((operator = ANY (ARRAY['gte'::text, 'lte'::text, 'gt'::text, 'lt'::text, 'eq'::text])))
);


--
-- Name: price_set; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.price_set (
    id text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: product; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.product (
    id text NOT NULL,
    title text NOT NULL,
    handle text NOT NULL,
    subtitle text,
    description text,
    is_giftcard boolean DEFAULT false NOT NULL,
    status text DEFAULT 'draft'::text NOT NULL,
    thumbnail text,
    weight real,
    length real,
    height real,
    width real,
    origin_country text,
    hs_code text,
    mid_code text,
    material text,
    collection_id text,
    type_id text,
    discountable boolean DEFAULT true NOT NULL,
    external_id text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    metadata jsonb,
    CONSTRAINT product_status_check CHECK ((status = ANY (ARRAY['draft'::text, 'proposed'::text, 'published'::text, 'rejected'::text])))
);


--
-- Name: product_category; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.product_category (
    id text NOT NULL,
    name text NOT NULL,
    description text DEFAULT ''::text NOT NULL,
    handle text NOT NULL,
    mpath text NOT NULL,
    is_active boolean DEFAULT false NOT NULL,
    is_internal boolean DEFAULT false NOT NULL,
    rank integer DEFAULT 0 NOT NULL,
    parent_category_id text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    metadata jsonb,
    external_id text
);


--
-- Name: product_category_product; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.product_category_product (
    product_id text NOT NULL,
    product_category_id text NOT NULL
);


--
-- Name: product_collection; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.product_collection (
    id text NOT NULL,
    title text NOT NULL,
    handle text NOT NULL,
    metadata jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    external_id text
);


--
-- Name: product_option; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.product_option (
    id text NOT NULL,
    title text NOT NULL,
    metadata jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    is_exclusive boolean DEFAULT false NOT NULL
);


--
-- Name: product_option_value; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.product_option_value (
    id text NOT NULL,
    value text NOT NULL,
    option_id text,
    metadata jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    rank integer
);


--
-- Name: product_product_option; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.product_product_option (
    id text NOT NULL,
    product_id text NOT NULL,
    product_option_id text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: product_product_option_value; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.product_product_option_value (
    id text NOT NULL,
    product_product_option_id text NOT NULL,
    product_option_value_id text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: product_sales_channel; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.product_sales_channel (
    product_id character varying(255) NOT NULL,
    sales_channel_id character varying(255) NOT NULL,
    id character varying(255) NOT NULL,
    created_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: product_shipping_profile; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.product_shipping_profile (
    product_id character varying(255) NOT NULL,
    shipping_profile_id character varying(255) NOT NULL,
    id character varying(255) NOT NULL,
    created_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: product_tag; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.product_tag (
    id text NOT NULL,
    value text NOT NULL,
    metadata jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    external_id text
);


--
-- Name: product_tags; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.product_tags (
    product_id text NOT NULL,
    product_tag_id text NOT NULL
);


--
-- Name: product_type; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.product_type (
    id text NOT NULL,
    value text NOT NULL,
    metadata json,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    external_id text
);


--
-- Name: product_variant; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.product_variant (
    id text NOT NULL,
    title text NOT NULL,
    sku text,
    barcode text,
    ean text,
    upc text,
    allow_backorder boolean DEFAULT false NOT NULL,
    manage_inventory boolean DEFAULT true NOT NULL,
    hs_code text,
    origin_country text,
    mid_code text,
    material text,
    weight real,
    length real,
    height real,
    width real,
    metadata jsonb,
    variant_rank integer DEFAULT 0,
    product_id text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    thumbnail text
);


--
-- Name: product_variant_inventory_item; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.product_variant_inventory_item (
    variant_id character varying(255) NOT NULL,
    inventory_item_id character varying(255) NOT NULL,
    id character varying(255) NOT NULL,
    required_quantity numeric DEFAULT 1 NOT NULL,
    created_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: product_variant_option; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.product_variant_option (
    variant_id text NOT NULL,
    option_value_id text NOT NULL
);


--
-- Name: product_variant_price_set; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.product_variant_price_set (
    variant_id character varying(255) NOT NULL,
    price_set_id character varying(255) NOT NULL,
    id character varying(255) NOT NULL,
    created_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: product_variant_product_image; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.product_variant_product_image (
    id text NOT NULL,
    variant_id text NOT NULL,
    image_id text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: promotion; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.promotion (
    id text NOT NULL,
    code text NOT NULL,
    campaign_id text,
    is_automatic boolean DEFAULT false NOT NULL,
    type text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    status text DEFAULT 'draft'::text NOT NULL,
    is_tax_inclusive boolean DEFAULT false NOT NULL,
    "limit" integer,
    used integer DEFAULT 0 NOT NULL,
    metadata jsonb,
    CONSTRAINT promotion_status_check CHECK ((status = ANY (ARRAY['draft'::text, 'active'::text, 'inactive'::text]))),
    CONSTRAINT promotion_type_check CHECK ((type = ANY (ARRAY['standard'::text, 'buyget'::text])))
);


--
-- Name: promotion_application_method; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.promotion_application_method (
    id text NOT NULL,
    value numeric,
    raw_value jsonb,
    max_quantity integer,
    apply_to_quantity integer,
    buy_rules_min_quantity integer,
    type text NOT NULL,
    target_type text NOT NULL,
    allocation text,
    promotion_id text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    currency_code text,
    CONSTRAINT promotion_application_method_allocation_check CHECK ((allocation = ANY (ARRAY['each'::text, 'across'::text, 'once'::text]))),
    CONSTRAINT promotion_application_method_target_type_check CHECK ((target_type = ANY (ARRAY['order'::text, 'shipping_methods'::text, 'items'::text]))),
    CONSTRAINT promotion_application_method_type_check CHECK ((type = ANY (ARRAY['fixed'::text, 'percentage'::text])))
);


--
-- Name: promotion_campaign; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.promotion_campaign (
    id text NOT NULL,
    name text NOT NULL,
    description text,
    campaign_identifier text NOT NULL,
    starts_at timestamp with time zone,
    ends_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: promotion_campaign_budget; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.promotion_campaign_budget (
    id text NOT NULL,
    type text NOT NULL,
    campaign_id text NOT NULL,
    "limit" numeric,
    raw_limit jsonb,
    used numeric DEFAULT 0 NOT NULL,
    raw_used jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    currency_code text,
    attribute text,
    CONSTRAINT promotion_campaign_budget_type_check CHECK ((type = ANY (ARRAY['spend'::text, 'usage'::text, 'use_by_attribute'::text, 'spend_by_attribute'::text])))
);


--
-- Name: promotion_campaign_budget_usage; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.promotion_campaign_budget_usage (
    id text NOT NULL,
    attribute_value text NOT NULL,
    used numeric DEFAULT 0 NOT NULL,
    budget_id text NOT NULL,
    raw_used jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: promotion_promotion_rule; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.promotion_promotion_rule (
    promotion_id text NOT NULL,
    promotion_rule_id text NOT NULL
);


--
-- Name: promotion_rule; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.promotion_rule (
    id text NOT NULL,
    description text,
    attribute text NOT NULL,
    operator text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT promotion_rule_operator_check CHECK ((operator = ANY (ARRAY['gte'::text, 'lte'::text, 'gt'::text, 'lt'::text, 'eq'::text, 'ne'::text, 'in'::text])))
);


--
-- Name: promotion_rule_value; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.promotion_rule_value (
    id text NOT NULL,
    promotion_rule_id text NOT NULL,
    value text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: property_label; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.property_label (
    id text NOT NULL,
    entity text NOT NULL,
    property text NOT NULL,
    label text NOT NULL,
    description text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: provider_identity; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.provider_identity (
    id text NOT NULL,
    entity_id text NOT NULL,
    provider text NOT NULL,
    auth_identity_id text NOT NULL,
    user_metadata jsonb,
    provider_metadata jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: publishable_api_key_sales_channel; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.publishable_api_key_sales_channel (
    publishable_key_id character varying(255) NOT NULL,
    sales_channel_id character varying(255) NOT NULL,
    id character varying(255) NOT NULL,
    created_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: refund; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.refund (
    id text NOT NULL,
    amount numeric NOT NULL,
    raw_amount jsonb NOT NULL,
    payment_id text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    created_by text,
    metadata jsonb,
    refund_reason_id text,
    note text
);


--
-- Name: refund_reason; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.refund_reason (
    id text NOT NULL,
    label text NOT NULL,
    description text,
    metadata jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    code text NOT NULL
);


--
-- Name: region; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.region (
    id text NOT NULL,
    name text NOT NULL,
    currency_code text NOT NULL,
    metadata jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    automatic_taxes boolean DEFAULT true NOT NULL
);


--
-- Name: region_country; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.region_country (
    iso_2 text NOT NULL,
    iso_3 text NOT NULL,
    num_code text NOT NULL,
    name text NOT NULL,
    display_name text NOT NULL,
    region_id text,
    metadata jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: region_payment_provider; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.region_payment_provider (
    region_id character varying(255) NOT NULL,
    payment_provider_id character varying(255) NOT NULL,
    id character varying(255) NOT NULL,
    created_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: reservation_item; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reservation_item (
    id text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    line_item_id text,
    location_id text NOT NULL,
    quantity numeric NOT NULL,
    external_id text,
    description text,
    created_by text,
    metadata jsonb,
    inventory_item_id text NOT NULL,
    allow_backorder boolean DEFAULT false,
    raw_quantity jsonb
);


--
-- Name: return; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.return (
    id text NOT NULL,
    order_id text NOT NULL,
    claim_id text,
    exchange_id text,
    order_version integer NOT NULL,
    display_id integer NOT NULL,
    status public.return_status_enum DEFAULT 'open'::public.return_status_enum NOT NULL,
    no_notification boolean,
    refund_amount numeric,
    raw_refund_amount jsonb,
    metadata jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    received_at timestamp with time zone,
    canceled_at timestamp with time zone,
    location_id text,
    requested_at timestamp with time zone,
    created_by text
);


--
-- Name: return_display_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.return_display_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: return_display_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.return_display_id_seq OWNED BY public.return.display_id;


--
-- Name: return_fulfillment; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.return_fulfillment (
    return_id character varying(255) NOT NULL,
    fulfillment_id character varying(255) NOT NULL,
    id character varying(255) NOT NULL,
    created_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: return_item; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.return_item (
    id text NOT NULL,
    return_id text NOT NULL,
    reason_id text,
    item_id text NOT NULL,
    quantity numeric NOT NULL,
    raw_quantity jsonb NOT NULL,
    received_quantity numeric DEFAULT 0 NOT NULL,
    raw_received_quantity jsonb DEFAULT '{"value": "0", "precision": 20}'::jsonb NOT NULL,
    note text,
    metadata jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    damaged_quantity numeric DEFAULT 0 NOT NULL,
    raw_damaged_quantity jsonb DEFAULT '{"value": "0", "precision": 20}'::jsonb NOT NULL
);


--
-- Name: return_reason; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.return_reason (
    id character varying NOT NULL,
    value character varying NOT NULL,
    label character varying NOT NULL,
    description character varying,
    metadata jsonb,
    parent_return_reason_id character varying,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: sales_channel; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sales_channel (
    id text NOT NULL,
    name text NOT NULL,
    description text,
    is_disabled boolean DEFAULT false NOT NULL,
    metadata jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: sales_channel_stock_location; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sales_channel_stock_location (
    sales_channel_id character varying(255) NOT NULL,
    stock_location_id character varying(255) NOT NULL,
    id character varying(255) NOT NULL,
    created_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: script_migrations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.script_migrations (
    id integer NOT NULL,
    script_name character varying(255) NOT NULL,
    created_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP,
    finished_at timestamp with time zone
);


--
-- Name: script_migrations_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.script_migrations_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: script_migrations_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.script_migrations_id_seq OWNED BY public.script_migrations.id;


--
-- Name: search_index; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.search_index (
    id text NOT NULL,
    name text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    active_version integer
);


--
-- Name: search_index_sync; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.search_index_sync (
    id text NOT NULL,
    job_id text,
    status text DEFAULT 'pending'::text NOT NULL,
    filters jsonb,
    last_key text,
    documents_synced integer DEFAULT 0 NOT NULL,
    started_at timestamp with time zone,
    completed_at timestamp with time zone,
    error text,
    search_index_version_id text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    resumable boolean DEFAULT true NOT NULL,
    CONSTRAINT search_index_sync_status_check CHECK ((status = ANY (ARRAY['pending'::text, 'processing'::text, 'done'::text, 'failed'::text, 'canceled'::text])))
);


--
-- Name: search_index_version; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.search_index_version (
    id text NOT NULL,
    version integer NOT NULL,
    provider text NOT NULL,
    physical_name text NOT NULL,
    definition_hash text NOT NULL,
    status text DEFAULT 'pending'::text NOT NULL,
    search_index_id text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT search_index_version_status_check CHECK ((status = ANY (ARRAY['pending'::text, 'building'::text, 'ready'::text, 'error'::text])))
);


--
-- Name: search_postgres_index; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.search_postgres_index (
    name text NOT NULL,
    table_name text NOT NULL,
    schema_hash text NOT NULL,
    plan jsonb NOT NULL,
    document_count integer DEFAULT 0 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: service_zone; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.service_zone (
    id text NOT NULL,
    name text NOT NULL,
    metadata jsonb,
    fulfillment_set_id text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: shipping_option; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.shipping_option (
    id text NOT NULL,
    name text NOT NULL,
    price_type text DEFAULT 'flat'::text NOT NULL,
    service_zone_id text NOT NULL,
    shipping_profile_id text,
    provider_id text,
    data jsonb,
    metadata jsonb,
    shipping_option_type_id text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT shipping_option_price_type_check CHECK ((price_type = ANY (ARRAY['calculated'::text, 'flat'::text])))
);


--
-- Name: shipping_option_price_set; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.shipping_option_price_set (
    shipping_option_id character varying(255) NOT NULL,
    price_set_id character varying(255) NOT NULL,
    id character varying(255) NOT NULL,
    created_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: shipping_option_rule; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.shipping_option_rule (
    id text NOT NULL,
    attribute text NOT NULL,
    operator text NOT NULL,
    value jsonb,
    shipping_option_id text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    CONSTRAINT shipping_option_rule_operator_check CHECK ((operator = ANY (ARRAY['in'::text, 'eq'::text, 'ne'::text, 'gt'::text, 'gte'::text, 'lt'::text, 'lte'::text, 'nin'::text])))
);


--
-- Name: shipping_option_type; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.shipping_option_type (
    id text NOT NULL,
    label text NOT NULL,
    description text,
    code text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: shipping_profile; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.shipping_profile (
    id text NOT NULL,
    name text NOT NULL,
    type text NOT NULL,
    metadata jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: stock_location; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.stock_location (
    id text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    name text NOT NULL,
    address_id text,
    metadata jsonb
);


--
-- Name: stock_location_address; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.stock_location_address (
    id text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone,
    address_1 text NOT NULL,
    address_2 text,
    company text,
    city text,
    country_code text NOT NULL,
    phone text,
    province text,
    postal_code text,
    metadata jsonb
);


--
-- Name: store; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.store (
    id text NOT NULL,
    name text DEFAULT 'Medusa Store'::text NOT NULL,
    default_sales_channel_id text,
    default_region_id text,
    default_location_id text,
    metadata jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: store_currency; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.store_currency (
    id text NOT NULL,
    currency_code text NOT NULL,
    is_default boolean DEFAULT false NOT NULL,
    store_id text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: store_locale; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.store_locale (
    id text NOT NULL,
    locale_code text NOT NULL,
    store_id text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: tax_provider; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tax_provider (
    id text NOT NULL,
    is_enabled boolean DEFAULT true NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: tax_rate; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tax_rate (
    id text NOT NULL,
    rate real,
    code text NOT NULL,
    name text NOT NULL,
    is_default boolean DEFAULT false NOT NULL,
    is_combinable boolean DEFAULT false NOT NULL,
    tax_region_id text NOT NULL,
    metadata jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    created_by text,
    deleted_at timestamp with time zone
);


--
-- Name: tax_rate_rule; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tax_rate_rule (
    id text NOT NULL,
    tax_rate_id text NOT NULL,
    reference_id text NOT NULL,
    reference text NOT NULL,
    metadata jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    created_by text,
    deleted_at timestamp with time zone
);


--
-- Name: tax_region; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tax_region (
    id text NOT NULL,
    provider_id text,
    country_code text NOT NULL,
    province_code text,
    parent_id text,
    metadata jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    created_by text,
    deleted_at timestamp with time zone,
    CONSTRAINT "CK_tax_region_country_top_level" CHECK (((parent_id IS NULL) OR (province_code IS NOT NULL))),
    CONSTRAINT "CK_tax_region_provider_top_level" CHECK (((parent_id IS NULL) OR (provider_id IS NULL)))
);


--
-- Name: user; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."user" (
    id text NOT NULL,
    first_name text,
    last_name text,
    email text NOT NULL,
    avatar_url text,
    metadata jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: user_preference; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_preference (
    id text NOT NULL,
    user_id text NOT NULL,
    key text NOT NULL,
    value jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: view_configuration; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.view_configuration (
    id text NOT NULL,
    entity text NOT NULL,
    name text,
    user_id text,
    is_system_default boolean DEFAULT false NOT NULL,
    configuration jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    deleted_at timestamp with time zone
);


--
-- Name: workflow_execution; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.workflow_execution (
    id character varying NOT NULL,
    workflow_id character varying NOT NULL,
    transaction_id character varying NOT NULL,
    execution jsonb,
    context jsonb,
    state character varying NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    deleted_at timestamp without time zone,
    retention_time integer,
    run_id text DEFAULT '01M8QAFX20P0KZKGH9HCY8VQ9N'::text NOT NULL
);


--
-- Name: link_module_migrations id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.link_module_migrations ALTER COLUMN id SET DEFAULT nextval('public.link_module_migrations_id_seq'::regclass);


--
-- Name: mikro_orm_migrations id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mikro_orm_migrations ALTER COLUMN id SET DEFAULT nextval('public.mikro_orm_migrations_id_seq'::regclass);


--
-- Name: order display_id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."order" ALTER COLUMN display_id SET DEFAULT nextval('public.order_display_id_seq'::regclass);


--
-- Name: order_change_action ordering; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.order_change_action ALTER COLUMN ordering SET DEFAULT nextval('public.order_change_action_ordering_seq'::regclass);


--
-- Name: order_claim display_id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.order_claim ALTER COLUMN display_id SET DEFAULT nextval('public.order_claim_display_id_seq'::regclass);


--
-- Name: order_exchange display_id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.order_exchange ALTER COLUMN display_id SET DEFAULT nextval('public.order_exchange_display_id_seq'::regclass);


--
-- Name: return display_id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.return ALTER COLUMN display_id SET DEFAULT nextval('public.return_display_id_seq'::regclass);


--
-- Name: script_migrations id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.script_migrations ALTER COLUMN id SET DEFAULT nextval('public.script_migrations_id_seq'::regclass);


--
-- Data for Name: account_holder; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.account_holder (id, provider_id, external_id, email, data, metadata, created_at, updated_at, deleted_at) FROM stdin;
\.


--
-- Data for Name: api_key; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.api_key (id, token, salt, redacted, title, type, last_used_at, created_by, created_at, revoked_by, revoked_at, updated_at, deleted_at) FROM stdin;
apk_01M8QAGFAXM3T9WPDVQ5NCKKJC	pk_b89089ed10ad8b692ed5f51a42794327a6528a0ccd52e39557054af6563f23a0		pk_b89***3a0	Default Publishable API Key	publishable	\N		2026-11-30 22:51:47.421+00	\N	\N	2026-11-30 22:51:47.421+00	\N
\.


--
-- Data for Name: application_method_buy_rules; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.application_method_buy_rules (application_method_id, promotion_rule_id) FROM stdin;
\.


--
-- Data for Name: application_method_target_rules; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.application_method_target_rules (application_method_id, promotion_rule_id) FROM stdin;
\.


--
-- Data for Name: auth_identity; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.auth_identity (id, app_metadata, created_at, updated_at, deleted_at) FROM stdin;
\.


--
-- Data for Name: auth_mfa_factor; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.auth_mfa_factor (id, auth_identity_id, provider, status, provider_metadata, metadata, created_at, updated_at, deleted_at) FROM stdin;
\.


--
-- Data for Name: auth_mfa_recovery_code; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.auth_mfa_recovery_code (id, auth_identity_id, code_hash, created_at, updated_at, deleted_at) FROM stdin;
\.


--
-- Data for Name: auth_password_reset_token; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.auth_password_reset_token (id, auth_identity_id, provider_identity_id, entity_id, token_hash, expires_at, created_at, updated_at, deleted_at) FROM stdin;
\.


--
-- Data for Name: auth_verification; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.auth_verification (id, auth_identity_id, entity_id, entity_type, code_provider, verified_at, requested_at, provider_metadata, metadata, created_at, updated_at, deleted_at) FROM stdin;
\.


--
-- Data for Name: capture; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.capture (id, amount, raw_amount, payment_id, created_at, updated_at, deleted_at, created_by, metadata) FROM stdin;
\.


--
-- Data for Name: cart; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.cart (id, region_id, customer_id, sales_channel_id, email, currency_code, shipping_address_id, billing_address_id, metadata, created_at, updated_at, deleted_at, completed_at, locale) FROM stdin;
cart_01M8QAGG8TCE9KF1Y5MCRRB896	reg_01M8QAGFD84VDR2WS9CQ3YDACQ	cus_01M8QAGFXND5MAX6VCFG6QNXWP	sc_01M8QAGFCR2QQZY0RXK41BKZDK	jane@example.com	eur	caaddr_01M8QAGG8V4C8FHE7FK1HW4BFW	caaddr_01M8QAGG8VMZ3VHB372YZBDRTA	\N	2026-11-30 22:51:48.381+00	2026-11-30 22:51:49.368+00	\N	2026-11-30 22:51:49.347+00	\N
\.


--
-- Data for Name: cart_address; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.cart_address (id, customer_id, company, first_name, last_name, address_1, address_2, city, country_code, province, postal_code, phone, metadata, created_at, updated_at, deleted_at) FROM stdin;
caaddr_01M8QAGG8V4C8FHE7FK1HW4BFW	\N	\N	Jane	Doe	Unter den Linden 1	\N	Berlin	de	\N	10117	\N	\N	2026-11-30 22:51:48.381+00	2026-11-30 22:51:48.381+00	\N
caaddr_01M8QAGG8VMZ3VHB372YZBDRTA	\N	\N	Jane	Doe	Unter den Linden 1	\N	Berlin	de	\N	10117	\N	\N	2026-11-30 22:51:48.381+00	2026-11-30 22:51:48.381+00	\N
\.


--
-- Data for Name: cart_line_item; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.cart_line_item (id, cart_id, title, subtitle, thumbnail, quantity, variant_id, product_id, product_title, product_description, product_subtitle, product_type, product_collection, product_handle, variant_sku, variant_barcode, variant_title, variant_option_values, requires_shipping, is_discountable, is_tax_inclusive, compare_at_unit_price, raw_compare_at_unit_price, unit_price, raw_unit_price, metadata, created_at, updated_at, deleted_at, product_type_id, is_custom_price, is_giftcard) FROM stdin;
cali_01M8QAGG8WY16Z8NM78HFA12DF	cart_01M8QAGG8TCE9KF1Y5MCRRB896	Medusa T-Shirt	M / White	https://medusa-public-images.s3.eu-west-1.amazonaws.com/tee-black-front.png	1	variant_01M8QAGFT0DYB6H3YKBYVT5SS0	prod_01M8QAGFP09QY62T7XXWT3H43P	Medusa T-Shirt	Cotton tee	\N	Shirt	Summer	t-shirt	SHIRT-M-White	\N	M / White	\N	t	t	f	15	{"value": "15", "precision": 20}	12	{"value": "12", "precision": 20}	{}	2026-11-30 22:51:48.381+00	2026-11-30 22:51:48.381+00	\N	ptyp_01M8QAGFNE1A58QKDAA7SJ13VS	f	f
cali_01M8QAGG8W4XTK5ZSBMP2GJSGN	cart_01M8QAGG8TCE9KF1Y5MCRRB896	Medusa Cap	One Size	\N	3	variant_01M8QAGFT0CM5J737PGHDYCMFZ	prod_01M8QAGFP0XF5VWYN4PSG2XN43	Medusa Cap	\N	\N	\N	\N	cap	CAP-OS	\N	One Size	\N	t	t	f	\N	\N	8.5	{"value": "8.5", "precision": 20}	{}	2026-11-30 22:51:48.381+00	2026-11-30 22:51:48.381+00	\N	\N	f	f
\.


--
-- Data for Name: cart_line_item_adjustment; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.cart_line_item_adjustment (id, description, promotion_id, code, amount, raw_amount, provider_id, metadata, created_at, updated_at, deleted_at, item_id, is_tax_inclusive) FROM stdin;
\.


--
-- Data for Name: cart_line_item_tax_line; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.cart_line_item_tax_line (id, description, tax_rate_id, code, rate, provider_id, metadata, created_at, updated_at, deleted_at, item_id, data) FROM stdin;
\.


--
-- Data for Name: cart_payment_collection; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.cart_payment_collection (cart_id, payment_collection_id, id, created_at, updated_at, deleted_at) FROM stdin;
cart_01M8QAGG8TCE9KF1Y5MCRRB896	pay_col_01M8QAGGZGMZWWY1GFE8ZQZEF2	capaycol_01M8QAGGZRK83RQPDZSHGRHBXP	2026-11-30 22:51:49.111869+00	2026-11-30 22:51:49.111869+00	\N
\.


--
-- Data for Name: cart_promotion; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.cart_promotion (cart_id, promotion_id, id, created_at, updated_at, deleted_at) FROM stdin;
\.


--
-- Data for Name: cart_shipping_method; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.cart_shipping_method (id, cart_id, name, description, amount, raw_amount, is_tax_inclusive, shipping_option_id, data, metadata, created_at, updated_at, deleted_at) FROM stdin;
casm_01M8QAGGJXMZSYZJE90873WR5Y	cart_01M8QAGG8TCE9KF1Y5MCRRB896	Standard Shipping	\N	10	{"value": "10", "precision": 20}	f	so_01M8QAGFJXB6H08B6ZMKE3512V	{}	\N	2026-11-30 22:51:48.701+00	2026-11-30 22:51:48.701+00	\N
\.


--
-- Data for Name: cart_shipping_method_adjustment; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.cart_shipping_method_adjustment (id, description, promotion_id, code, amount, raw_amount, provider_id, metadata, created_at, updated_at, deleted_at, shipping_method_id) FROM stdin;
\.


--
-- Data for Name: cart_shipping_method_tax_line; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.cart_shipping_method_tax_line (id, description, tax_rate_id, code, rate, provider_id, metadata, created_at, updated_at, deleted_at, shipping_method_id, data) FROM stdin;
\.


--
-- Data for Name: credit_line; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.credit_line (id, cart_id, reference, reference_id, amount, raw_amount, metadata, created_at, updated_at, deleted_at) FROM stdin;
\.


--
-- Data for Name: currency; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.currency (code, symbol, symbol_native, decimal_digits, rounding, raw_rounding, name, created_at, updated_at, deleted_at) FROM stdin;
usd	$	$	2	0	{"value": "0", "precision": 20}	US Dollar	2026-11-30 22:51:33.699+00	2026-11-30 22:51:33.699+00	\N
cad	CA$	$	2	0	{"value": "0", "precision": 20}	Canadian Dollar	2026-11-30 22:51:33.699+00	2026-11-30 22:51:33.699+00	\N
eur	€	€	2	0	{"value": "0", "precision": 20}	Euro	2026-11-30 22:51:33.699+00	2026-11-30 22:51:33.699+00	\N
aed	AED	د.إ.‏	2	0	{"value": "0", "precision": 20}	United Arab Emirates Dirham	2026-11-30 22:51:33.699+00	2026-11-30 22:51:33.699+00	\N
afn	Af	؋	0	0	{"value": "0", "precision": 20}	Afghan Afghani	2026-11-30 22:51:33.699+00	2026-11-30 22:51:33.699+00	\N
all	ALL	Lek	0	0	{"value": "0", "precision": 20}	Albanian Lek	2026-11-30 22:51:33.699+00	2026-11-30 22:51:33.699+00	\N
amd	AMD	դր.	0	0	{"value": "0", "precision": 20}	Armenian Dram	2026-11-30 22:51:33.699+00	2026-11-30 22:51:33.699+00	\N
aoa	AOA	Kz	2	0	{"value": "0", "precision": 20}	Angolan Kwanza	2026-11-30 22:51:33.699+00	2026-11-30 22:51:33.699+00	\N
ars	AR$	$	2	0	{"value": "0", "precision": 20}	Argentine Peso	2026-11-30 22:51:33.699+00	2026-11-30 22:51:33.699+00	\N
aud	AU$	$	2	0	{"value": "0", "precision": 20}	Australian Dollar	2026-11-30 22:51:33.699+00	2026-11-30 22:51:33.699+00	\N
azn	man.	ман.	2	0	{"value": "0", "precision": 20}	Azerbaijani Manat	2026-11-30 22:51:33.699+00	2026-11-30 22:51:33.699+00	\N
bam	KM	KM	2	0	{"value": "0", "precision": 20}	Bosnia-Herzegovina Convertible Mark	2026-11-30 22:51:33.699+00	2026-11-30 22:51:33.699+00	\N
bdt	Tk	৳	2	0	{"value": "0", "precision": 20}	Bangladeshi Taka	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
bgn	BGN	лв.	2	0	{"value": "0", "precision": 20}	Bulgarian Lev	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
bhd	BD	د.ب.‏	3	0	{"value": "0", "precision": 20}	Bahraini Dinar	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
bif	FBu	FBu	0	0	{"value": "0", "precision": 20}	Burundian Franc	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
bnd	BN$	$	2	0	{"value": "0", "precision": 20}	Brunei Dollar	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
bob	Bs	Bs	2	0	{"value": "0", "precision": 20}	Bolivian Boliviano	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
brl	R$	R$	2	0	{"value": "0", "precision": 20}	Brazilian Real	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
bwp	BWP	P	2	0	{"value": "0", "precision": 20}	Botswanan Pula	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
byn	Br	руб.	2	0	{"value": "0", "precision": 20}	Belarusian Ruble	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
bzd	BZ$	$	2	0	{"value": "0", "precision": 20}	Belize Dollar	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
cdf	CDF	FrCD	2	0	{"value": "0", "precision": 20}	Congolese Franc	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
chf	CHF	CHF	2	0.05	{"value": "0.05", "precision": 20}	Swiss Franc	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
clp	CL$	$	0	0	{"value": "0", "precision": 20}	Chilean Peso	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
cny	CN¥	CN¥	2	0	{"value": "0", "precision": 20}	Chinese Yuan	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
cop	CO$	$	0	0	{"value": "0", "precision": 20}	Colombian Peso	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
crc	₡	₡	0	0	{"value": "0", "precision": 20}	Costa Rican Colón	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
cve	CV$	CV$	2	0	{"value": "0", "precision": 20}	Cape Verdean Escudo	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
czk	Kč	Kč	2	0	{"value": "0", "precision": 20}	Czech Republic Koruna	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
djf	Fdj	Fdj	0	0	{"value": "0", "precision": 20}	Djiboutian Franc	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
dkk	Dkr	kr	2	0	{"value": "0", "precision": 20}	Danish Krone	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
dop	RD$	RD$	2	0	{"value": "0", "precision": 20}	Dominican Peso	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
dzd	DA	د.ج.‏	2	0	{"value": "0", "precision": 20}	Algerian Dinar	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
eek	Ekr	kr	2	0	{"value": "0", "precision": 20}	Estonian Kroon	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
egp	EGP	ج.م.‏	2	0	{"value": "0", "precision": 20}	Egyptian Pound	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
ern	Nfk	Nfk	2	0	{"value": "0", "precision": 20}	Eritrean Nakfa	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
etb	Br	Br	2	0	{"value": "0", "precision": 20}	Ethiopian Birr	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
gbp	£	£	2	0	{"value": "0", "precision": 20}	British Pound Sterling	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
gel	GEL	GEL	2	0	{"value": "0", "precision": 20}	Georgian Lari	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
ghs	GH₵	GH₵	2	0	{"value": "0", "precision": 20}	Ghanaian Cedi	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
gmd	D	D	2	0	{"value": "0", "precision": 20}	Gambian Dalasi	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
gnf	FG	FG	0	0	{"value": "0", "precision": 20}	Guinean Franc	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
gtq	GTQ	Q	2	0	{"value": "0", "precision": 20}	Guatemalan Quetzal	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
hkd	HK$	$	2	0	{"value": "0", "precision": 20}	Hong Kong Dollar	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
hnl	HNL	L	2	0	{"value": "0", "precision": 20}	Honduran Lempira	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
hrk	kn	kn	2	0	{"value": "0", "precision": 20}	Croatian Kuna	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
huf	Ft	Ft	0	0	{"value": "0", "precision": 20}	Hungarian Forint	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
idr	Rp	Rp	0	0	{"value": "0", "precision": 20}	Indonesian Rupiah	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
ils	₪	₪	2	0	{"value": "0", "precision": 20}	Israeli New Sheqel	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
inr	Rs	₹	2	0	{"value": "0", "precision": 20}	Indian Rupee	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
iqd	IQD	د.ع.‏	0	0	{"value": "0", "precision": 20}	Iraqi Dinar	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
irr	IRR	﷼	0	0	{"value": "0", "precision": 20}	Iranian Rial	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
irt	IRT	تومان	0	0	{"value": "0", "precision": 20}	Iranian Toman	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
isk	Ikr	kr	0	0	{"value": "0", "precision": 20}	Icelandic Króna	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
jmd	J$	$	2	0	{"value": "0", "precision": 20}	Jamaican Dollar	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
jod	JD	د.أ.‏	3	0	{"value": "0", "precision": 20}	Jordanian Dinar	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
jpy	¥	￥	0	0	{"value": "0", "precision": 20}	Japanese Yen	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
kes	Ksh	Ksh	2	0	{"value": "0", "precision": 20}	Kenyan Shilling	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
khr	KHR	៛	2	0	{"value": "0", "precision": 20}	Cambodian Riel	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
kmf	CF	FC	0	0	{"value": "0", "precision": 20}	Comorian Franc	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
krw	₩	₩	0	0	{"value": "0", "precision": 20}	South Korean Won	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
kwd	KD	د.ك.‏	3	0	{"value": "0", "precision": 20}	Kuwaiti Dinar	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
kzt	KZT	тңг.	2	0	{"value": "0", "precision": 20}	Kazakhstani Tenge	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
lbp	LB£	ل.ل.‏	0	0	{"value": "0", "precision": 20}	Lebanese Pound	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
lkr	SLRs	SL Re	2	0	{"value": "0", "precision": 20}	Sri Lankan Rupee	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
ltl	Lt	Lt	2	0	{"value": "0", "precision": 20}	Lithuanian Litas	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
lvl	Ls	Ls	2	0	{"value": "0", "precision": 20}	Latvian Lats	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
lyd	LD	د.ل.‏	3	0	{"value": "0", "precision": 20}	Libyan Dinar	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
mad	MAD	د.م.‏	2	0	{"value": "0", "precision": 20}	Moroccan Dirham	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
mdl	MDL	MDL	2	0	{"value": "0", "precision": 20}	Moldovan Leu	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
mga	MGA	MGA	0	0	{"value": "0", "precision": 20}	Malagasy Ariary	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
mkd	MKD	MKD	2	0	{"value": "0", "precision": 20}	Macedonian Denar	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
mmk	MMK	K	0	0	{"value": "0", "precision": 20}	Myanma Kyat	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
mnt	MNT	₮	0	0	{"value": "0", "precision": 20}	Mongolian Tugrig	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
mop	MOP$	MOP$	2	0	{"value": "0", "precision": 20}	Macanese Pataca	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
mur	MURs	MURs	0	0	{"value": "0", "precision": 20}	Mauritian Rupee	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
mwk	K	K	2	0	{"value": "0", "precision": 20}	Malawian Kwacha	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
mxn	MX$	$	2	0	{"value": "0", "precision": 20}	Mexican Peso	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
myr	RM	RM	2	0	{"value": "0", "precision": 20}	Malaysian Ringgit	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
mzn	MTn	MTn	2	0	{"value": "0", "precision": 20}	Mozambican Metical	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
nad	N$	N$	2	0	{"value": "0", "precision": 20}	Namibian Dollar	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
ngn	₦	₦	2	0	{"value": "0", "precision": 20}	Nigerian Naira	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
nio	C$	C$	2	0	{"value": "0", "precision": 20}	Nicaraguan Córdoba	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
nok	Nkr	kr	2	0	{"value": "0", "precision": 20}	Norwegian Krone	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
npr	NPRs	नेरू	2	0	{"value": "0", "precision": 20}	Nepalese Rupee	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
nzd	NZ$	$	2	0	{"value": "0", "precision": 20}	New Zealand Dollar	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
omr	OMR	ر.ع.‏	3	0	{"value": "0", "precision": 20}	Omani Rial	2026-11-30 22:51:33.7+00	2026-11-30 22:51:33.7+00	\N
pab	B/.	B/.	2	0	{"value": "0", "precision": 20}	Panamanian Balboa	2026-11-30 22:51:33.701+00	2026-11-30 22:51:33.701+00	\N
pen	S/.	S/.	2	0	{"value": "0", "precision": 20}	Peruvian Nuevo Sol	2026-11-30 22:51:33.701+00	2026-11-30 22:51:33.701+00	\N
php	₱	₱	2	0	{"value": "0", "precision": 20}	Philippine Peso	2026-11-30 22:51:33.701+00	2026-11-30 22:51:33.701+00	\N
pkr	PKRs	₨	0	0	{"value": "0", "precision": 20}	Pakistani Rupee	2026-11-30 22:51:33.701+00	2026-11-30 22:51:33.701+00	\N
pln	zł	zł	2	0	{"value": "0", "precision": 20}	Polish Zloty	2026-11-30 22:51:33.701+00	2026-11-30 22:51:33.701+00	\N
pyg	₲	₲	0	0	{"value": "0", "precision": 20}	Paraguayan Guarani	2026-11-30 22:51:33.701+00	2026-11-30 22:51:33.701+00	\N
qar	QR	ر.ق.‏	2	0	{"value": "0", "precision": 20}	Qatari Rial	2026-11-30 22:51:33.701+00	2026-11-30 22:51:33.701+00	\N
ron	RON	RON	2	0	{"value": "0", "precision": 20}	Romanian Leu	2026-11-30 22:51:33.701+00	2026-11-30 22:51:33.701+00	\N
rsd	din.	дин.	0	0	{"value": "0", "precision": 20}	Serbian Dinar	2026-11-30 22:51:33.701+00	2026-11-30 22:51:33.701+00	\N
rub	RUB	₽.	2	0	{"value": "0", "precision": 20}	Russian Ruble	2026-11-30 22:51:33.701+00	2026-11-30 22:51:33.701+00	\N
rwf	RWF	FR	0	0	{"value": "0", "precision": 20}	Rwandan Franc	2026-11-30 22:51:33.701+00	2026-11-30 22:51:33.701+00	\N
sar	SR	ر.س.‏	2	0	{"value": "0", "precision": 20}	Saudi Riyal	2026-11-30 22:51:33.701+00	2026-11-30 22:51:33.701+00	\N
sdg	SDG	SDG	2	0	{"value": "0", "precision": 20}	Sudanese Pound	2026-11-30 22:51:33.701+00	2026-11-30 22:51:33.701+00	\N
sek	Skr	kr	2	0	{"value": "0", "precision": 20}	Swedish Krona	2026-11-30 22:51:33.701+00	2026-11-30 22:51:33.701+00	\N
sgd	S$	$	2	0	{"value": "0", "precision": 20}	Singapore Dollar	2026-11-30 22:51:33.701+00	2026-11-30 22:51:33.701+00	\N
sos	Ssh	Ssh	0	0	{"value": "0", "precision": 20}	Somali Shilling	2026-11-30 22:51:33.701+00	2026-11-30 22:51:33.701+00	\N
syp	SY£	ل.س.‏	0	0	{"value": "0", "precision": 20}	Syrian Pound	2026-11-30 22:51:33.701+00	2026-11-30 22:51:33.701+00	\N
thb	฿	฿	2	0	{"value": "0", "precision": 20}	Thai Baht	2026-11-30 22:51:33.701+00	2026-11-30 22:51:33.701+00	\N
tnd	DT	د.ت.‏	3	0	{"value": "0", "precision": 20}	Tunisian Dinar	2026-11-30 22:51:33.701+00	2026-11-30 22:51:33.701+00	\N
top	T$	T$	2	0	{"value": "0", "precision": 20}	Tongan Paʻanga	2026-11-30 22:51:33.701+00	2026-11-30 22:51:33.701+00	\N
tjs	TJS	с.	2	0	{"value": "0", "precision": 20}	Tajikistani Somoni	2026-11-30 22:51:33.701+00	2026-11-30 22:51:33.701+00	\N
try	₺	₺	2	0	{"value": "0", "precision": 20}	Turkish Lira	2026-11-30 22:51:33.701+00	2026-11-30 22:51:33.701+00	\N
ttd	TT$	$	2	0	{"value": "0", "precision": 20}	Trinidad and Tobago Dollar	2026-11-30 22:51:33.701+00	2026-11-30 22:51:33.701+00	\N
twd	NT$	NT$	2	0	{"value": "0", "precision": 20}	New Taiwan Dollar	2026-11-30 22:51:33.701+00	2026-11-30 22:51:33.701+00	\N
tzs	TSh	TSh	0	0	{"value": "0", "precision": 20}	Tanzanian Shilling	2026-11-30 22:51:33.701+00	2026-11-30 22:51:33.701+00	\N
uah	₴	₴	2	0	{"value": "0", "precision": 20}	Ukrainian Hryvnia	2026-11-30 22:51:33.701+00	2026-11-30 22:51:33.701+00	\N
ugx	USh	USh	0	0	{"value": "0", "precision": 20}	Ugandan Shilling	2026-11-30 22:51:33.701+00	2026-11-30 22:51:33.701+00	\N
uyu	$U	$	2	0	{"value": "0", "precision": 20}	Uruguayan Peso	2026-11-30 22:51:33.701+00	2026-11-30 22:51:33.701+00	\N
uzs	UZS	UZS	0	0	{"value": "0", "precision": 20}	Uzbekistan Som	2026-11-30 22:51:33.701+00	2026-11-30 22:51:33.701+00	\N
vef	Bs.F.	Bs.F.	2	0	{"value": "0", "precision": 20}	Venezuelan Bolívar	2026-11-30 22:51:33.701+00	2026-11-30 22:51:33.701+00	\N
vnd	₫	₫	0	0	{"value": "0", "precision": 20}	Vietnamese Dong	2026-11-30 22:51:33.701+00	2026-11-30 22:51:33.701+00	\N
xaf	FCFA	FCFA	0	0	{"value": "0", "precision": 20}	CFA Franc BEAC	2026-11-30 22:51:33.701+00	2026-11-30 22:51:33.701+00	\N
xof	CFA	CFA	0	0	{"value": "0", "precision": 20}	CFA Franc BCEAO	2026-11-30 22:51:33.701+00	2026-11-30 22:51:33.701+00	\N
xpf	₣	₣	0	0	{"value": "0", "precision": 20}	CFP Franc	2026-11-30 22:51:33.701+00	2026-11-30 22:51:33.701+00	\N
yer	YR	ر.ي.‏	0	0	{"value": "0", "precision": 20}	Yemeni Rial	2026-11-30 22:51:33.701+00	2026-11-30 22:51:33.701+00	\N
zar	R	R	2	0	{"value": "0", "precision": 20}	South African Rand	2026-11-30 22:51:33.701+00	2026-11-30 22:51:33.701+00	\N
zmk	ZK	ZK	0	0	{"value": "0", "precision": 20}	Zambian Kwacha	2026-11-30 22:51:33.701+00	2026-11-30 22:51:33.701+00	\N
zwl	ZWL$	ZWL$	0	0	{"value": "0", "precision": 20}	Zimbabwean Dollar	2026-11-30 22:51:33.701+00	2026-11-30 22:51:33.701+00	\N
\.


--
-- Data for Name: customer; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.customer (id, company_name, first_name, last_name, email, phone, has_account, metadata, created_at, updated_at, deleted_at, created_by) FROM stdin;
cus_01M8QAGFXND5MAX6VCFG6QNXWP	\N	Jane	Doe	jane@example.com	+49 30 1234	f	\N	2026-11-30 22:51:48.021+00	2026-11-30 22:51:48.021+00	\N	\N
cus_01M8QAGFXNERZ93KYAJN044QRN	\N	John	Roe	john@example.com	\N	f	\N	2026-11-30 22:51:48.021+00	2026-11-30 22:51:48.021+00	\N	\N
\.


--
-- Data for Name: customer_account_holder; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.customer_account_holder (customer_id, account_holder_id, id, created_at, updated_at, deleted_at) FROM stdin;
\.


--
-- Data for Name: customer_address; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.customer_address (id, customer_id, address_name, is_default_shipping, is_default_billing, company, first_name, last_name, address_1, address_2, city, country_code, province, postal_code, phone, metadata, created_at, updated_at, deleted_at) FROM stdin;
\.


--
-- Data for Name: customer_group; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.customer_group (id, name, metadata, created_by, created_at, updated_at, deleted_at) FROM stdin;
\.


--
-- Data for Name: customer_group_customer; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.customer_group_customer (id, customer_id, customer_group_id, metadata, created_at, updated_at, created_by, deleted_at) FROM stdin;
\.


--
-- Data for Name: fulfillment; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.fulfillment (id, location_id, packed_at, shipped_at, delivered_at, canceled_at, data, provider_id, shipping_option_id, metadata, delivery_address_id, created_at, updated_at, deleted_at, marked_shipped_by, created_by, requires_shipping) FROM stdin;
\.


--
-- Data for Name: fulfillment_address; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.fulfillment_address (id, company, first_name, last_name, address_1, address_2, city, country_code, province, postal_code, phone, metadata, created_at, updated_at, deleted_at) FROM stdin;
\.


--
-- Data for Name: fulfillment_item; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.fulfillment_item (id, title, sku, barcode, quantity, raw_quantity, line_item_id, inventory_item_id, fulfillment_id, created_at, updated_at, deleted_at) FROM stdin;
\.


--
-- Data for Name: fulfillment_label; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.fulfillment_label (id, tracking_number, tracking_url, label_url, fulfillment_id, created_at, updated_at, deleted_at) FROM stdin;
\.


--
-- Data for Name: fulfillment_provider; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.fulfillment_provider (id, is_enabled, created_at, updated_at, deleted_at) FROM stdin;
manual_manual	t	2026-11-30 22:51:33.812+00	2026-11-30 22:51:33.812+00	\N
\.


--
-- Data for Name: fulfillment_set; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.fulfillment_set (id, name, type, metadata, created_at, updated_at, deleted_at) FROM stdin;
fuset_01M8QAGFGSA4SHRFRM5ANV4J1K	Berlin delivery	shipping	\N	2026-11-30 22:51:47.609+00	2026-11-30 22:51:47.609+00	\N
\.


--
-- Data for Name: geo_zone; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.geo_zone (id, type, country_code, province_code, city, service_zone_id, postal_expression, metadata, created_at, updated_at, deleted_at) FROM stdin;
fgz_01M8QAGFGR71615NG60DZ3V3M6	country	de	\N	\N	serzo_01M8QAGFGRCRZGKNZ97JVWD8HM	\N	\N	2026-11-30 22:51:47.609+00	2026-11-30 22:51:47.609+00	\N
fgz_01M8QAGFGR473EW1JH841DA6M6	country	fr	\N	\N	serzo_01M8QAGFGRCRZGKNZ97JVWD8HM	\N	\N	2026-11-30 22:51:47.609+00	2026-11-30 22:51:47.609+00	\N
\.


--
-- Data for Name: image; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.image (id, url, metadata, created_at, updated_at, deleted_at, rank, product_id) FROM stdin;
img_01M8QAGFP2QCE4F2PAMMHD1M23	https://medusa-public-images.s3.eu-west-1.amazonaws.com/tee-black-front.png	\N	2026-11-30 22:51:47.79+00	2026-11-30 22:51:47.79+00	\N	0	prod_01M8QAGFP09QY62T7XXWT3H43P
img_01M8QAGFP2QTTWG70359E3SQRJ	https://medusa-public-images.s3.eu-west-1.amazonaws.com/tee-black-back.png	\N	2026-11-30 22:51:47.79+00	2026-11-30 22:51:47.79+00	\N	1	prod_01M8QAGFP09QY62T7XXWT3H43P
\.


--
-- Data for Name: inventory_item; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.inventory_item (id, created_at, updated_at, deleted_at, sku, origin_country, hs_code, mid_code, material, weight, length, height, width, requires_shipping, description, title, thumbnail, metadata, unit_of_measure) FROM stdin;
\.


--
-- Data for Name: inventory_level; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.inventory_level (id, created_at, updated_at, deleted_at, inventory_item_id, location_id, stocked_quantity, reserved_quantity, incoming_quantity, metadata, raw_stocked_quantity, raw_reserved_quantity, raw_incoming_quantity) FROM stdin;
\.


--
-- Data for Name: invite; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.invite (id, email, accepted, token, expires_at, metadata, created_at, updated_at, deleted_at) FROM stdin;
\.


--
-- Data for Name: layout_configuration; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.layout_configuration (id, zone, user_id, is_system_default, configuration, created_at, updated_at, deleted_at) FROM stdin;
\.


--
-- Data for Name: link_module_migrations; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.link_module_migrations (id, table_name, link_descriptor, created_at) FROM stdin;
1	cart_payment_collection	{"toModel": "payment_collection", "toModule": "payment", "fromModel": "cart", "fromModule": "cart"}	2026-11-30 22:51:29.434022
2	cart_promotion	{"toModel": "promotions", "toModule": "promotion", "fromModel": "cart", "fromModule": "cart"}	2026-11-30 22:51:29.47032
3	customer_account_holder	{"toModel": "account_holder", "toModule": "payment", "fromModel": "customer", "fromModule": "customer"}	2026-11-30 22:51:29.496373
4	location_fulfillment_provider	{"toModel": "fulfillment_provider", "toModule": "fulfillment", "fromModel": "location", "fromModule": "stock_location"}	2026-11-30 22:51:29.523924
5	location_fulfillment_set	{"toModel": "fulfillment_set", "toModule": "fulfillment", "fromModel": "location", "fromModule": "stock_location"}	2026-11-30 22:51:29.547505
6	invite_rbac_role	{"toModel": "rbac_role", "toModule": "rbac", "fromModel": "invite", "fromModule": "user"}	2026-11-30 22:51:29.576068
7	order_cart	{"toModel": "cart", "toModule": "cart", "fromModel": "order", "fromModule": "order"}	2026-11-30 22:51:29.610223
8	order_fulfillment	{"toModel": "fulfillments", "toModule": "fulfillment", "fromModel": "order", "fromModule": "order"}	2026-11-30 22:51:29.638011
9	order_payment_collection	{"toModel": "payment_collection", "toModule": "payment", "fromModel": "order", "fromModule": "order"}	2026-11-30 22:51:29.666124
10	order_promotion	{"toModel": "promotions", "toModule": "promotion", "fromModel": "order", "fromModule": "order"}	2026-11-30 22:51:29.702291
11	return_fulfillment	{"toModel": "fulfillments", "toModule": "fulfillment", "fromModel": "return", "fromModule": "order"}	2026-11-30 22:51:29.734671
12	product_sales_channel	{"toModel": "sales_channel", "toModule": "sales_channel", "fromModel": "product", "fromModule": "product"}	2026-11-30 22:51:29.766355
13	product_shipping_profile	{"toModel": "shipping_profile", "toModule": "fulfillment", "fromModel": "product", "fromModule": "product"}	2026-11-30 22:51:29.794735
14	product_variant_inventory_item	{"toModel": "inventory", "toModule": "inventory", "fromModel": "variant", "fromModule": "product"}	2026-11-30 22:51:29.818795
15	product_variant_price_set	{"toModel": "price_set", "toModule": "pricing", "fromModel": "variant", "fromModule": "product"}	2026-11-30 22:51:29.862968
16	publishable_api_key_sales_channel	{"toModel": "sales_channel", "toModule": "sales_channel", "fromModel": "api_key", "fromModule": "api_key"}	2026-11-30 22:51:29.890583
17	region_payment_provider	{"toModel": "payment_provider", "toModule": "payment", "fromModel": "region", "fromModule": "region"}	2026-11-30 22:51:29.916045
18	sales_channel_stock_location	{"toModel": "location", "toModule": "stock_location", "fromModel": "sales_channel", "fromModule": "sales_channel"}	2026-11-30 22:51:29.946798
19	shipping_option_price_set	{"toModel": "price_set", "toModule": "pricing", "fromModel": "shipping_option", "fromModule": "fulfillment"}	2026-11-30 22:51:29.976723
20	user_rbac_role	{"toModel": "rbac_role", "toModule": "rbac", "fromModel": "user", "fromModule": "user"}	2026-11-30 22:51:30.006642
\.


--
-- Data for Name: location_fulfillment_provider; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.location_fulfillment_provider (stock_location_id, fulfillment_provider_id, id, created_at, updated_at, deleted_at) FROM stdin;
sloc_01M8QAGFFZN7DAJN6N99HC1SNT	manual_manual	locfp_01M8QAGFG8399PNQ1ENDFYE2HK	2026-11-30 22:51:47.591891+00	2026-11-30 22:51:47.591891+00	\N
\.


--
-- Data for Name: location_fulfillment_set; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.location_fulfillment_set (stock_location_id, fulfillment_set_id, id, created_at, updated_at, deleted_at) FROM stdin;
sloc_01M8QAGFFZN7DAJN6N99HC1SNT	fuset_01M8QAGFGSA4SHRFRM5ANV4J1K	locfs_01M8QAGFHCEYQFGSSBF3JW63WA	2026-11-30 22:51:47.628515+00	2026-11-30 22:51:47.628515+00	\N
\.


--
-- Data for Name: mikro_orm_migrations; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.mikro_orm_migrations (id, name, executed_at) FROM stdin;
1	Migration20240307161216	2026-11-30 22:51:19.30722+00
2	Migration20241210073813	2026-11-30 22:51:19.30722+00
3	Migration20250106142624	2026-11-30 22:51:19.30722+00
4	Migration20250120110820	2026-11-30 22:51:19.30722+00
5	Migration20240307132720	2026-11-30 22:51:19.809105+00
6	Migration20240719123015	2026-11-30 22:51:19.809105+00
7	Migration20241213063611	2026-11-30 22:51:19.809105+00
8	Migration20251010131115	2026-11-30 22:51:19.809105+00
9	Migration20260815185216	2026-11-30 22:51:19.809105+00
10	InitialSetup20240401153642	2026-11-30 22:51:20.229706+00
11	Migration20240601111544	2026-11-30 22:51:20.229706+00
12	Migration202408271511	2026-11-30 22:51:20.229706+00
13	Migration20241122120331	2026-11-30 22:51:20.229706+00
14	Migration20241125090957	2026-11-30 22:51:20.229706+00
15	Migration20250411073236	2026-11-30 22:51:20.229706+00
16	Migration20250516081326	2026-11-30 22:51:20.229706+00
17	Migration20250910154539	2026-11-30 22:51:20.229706+00
18	Migration20250911092221	2026-11-30 22:51:20.229706+00
19	Migration20250929204438	2026-11-30 22:51:20.229706+00
20	Migration20251008132218	2026-11-30 22:51:20.229706+00
21	Migration20251011090511	2026-11-30 22:51:20.229706+00
22	Migration20251022153442	2026-11-30 22:51:20.229706+00
23	Migration20251029150809	2026-11-30 22:51:20.229706+00
24	Migration20251110180907	2026-11-30 22:51:20.229706+00
25	Migration20251113183352	2026-11-30 22:51:20.229706+00
26	Migration20260224120000	2026-11-30 22:51:20.229706+00
27	Migration20260301002050	2026-11-30 22:51:20.229706+00
28	Migration20260306120000	2026-11-30 22:51:20.229706+00
29	Migration20260623180000	2026-11-30 22:51:20.229706+00
30	Migration20260730104846	2026-11-30 22:51:20.229706+00
31	Migration20230929122253	2026-11-30 22:51:21.744311+00
32	Migration20240322094407	2026-11-30 22:51:21.744311+00
33	Migration20240322113359	2026-11-30 22:51:21.744311+00
34	Migration20240322120125	2026-11-30 22:51:21.744311+00
35	Migration20240626133555	2026-11-30 22:51:21.744311+00
36	Migration20240704094505	2026-11-30 22:51:21.744311+00
37	Migration20241127114534	2026-11-30 22:51:21.744311+00
38	Migration20241127223829	2026-11-30 22:51:21.744311+00
39	Migration20241128055359	2026-11-30 22:51:21.744311+00
40	Migration20241212190401	2026-11-30 22:51:21.744311+00
41	Migration20250408145122	2026-11-30 22:51:21.744311+00
42	Migration20250409122219	2026-11-30 22:51:21.744311+00
43	Migration20251009110625	2026-11-30 22:51:21.744311+00
44	Migration20251112192723	2026-11-30 22:51:21.744311+00
45	Migration20260429163502	2026-11-30 22:51:21.744311+00
46	Migration20240227120221	2026-11-30 22:51:22.336743+00
47	Migration20240617102917	2026-11-30 22:51:22.336743+00
48	Migration20240624153824	2026-11-30 22:51:22.336743+00
49	Migration20241211061114	2026-11-30 22:51:22.336743+00
50	Migration20250113094144	2026-11-30 22:51:22.336743+00
51	Migration20250120110700	2026-11-30 22:51:22.336743+00
52	Migration20250226130616	2026-11-30 22:51:22.336743+00
53	Migration20250508081510	2026-11-30 22:51:22.336743+00
54	Migration20250828075407	2026-11-30 22:51:22.336743+00
55	Migration20250909083125	2026-11-30 22:51:22.336743+00
56	Migration20250916120552	2026-11-30 22:51:22.336743+00
57	Migration20250917143818	2026-11-30 22:51:22.336743+00
58	Migration20250919122137	2026-11-30 22:51:22.336743+00
59	Migration20251006000000	2026-11-30 22:51:22.336743+00
60	Migration20251015113934	2026-11-30 22:51:22.336743+00
61	Migration20251107050148	2026-11-30 22:51:22.336743+00
62	Migration20240124154000	2026-11-30 22:51:23.137346+00
63	Migration20240524123112	2026-11-30 22:51:23.137346+00
64	Migration20240602110946	2026-11-30 22:51:23.137346+00
65	Migration20241211074630	2026-11-30 22:51:23.137346+00
66	Migration20251010130829	2026-11-30 22:51:23.137346+00
67	Migration20240115152146	2026-11-30 22:51:23.33692+00
68	Migration20240222170223	2026-11-30 22:51:23.417363+00
69	Migration20240831125857	2026-11-30 22:51:23.417363+00
70	Migration20241106085918	2026-11-30 22:51:23.417363+00
71	Migration20241205095237	2026-11-30 22:51:23.417363+00
72	Migration20241216183049	2026-11-30 22:51:23.417363+00
73	Migration20241218091938	2026-11-30 22:51:23.417363+00
74	Migration20250120115059	2026-11-30 22:51:23.417363+00
75	Migration20250212131240	2026-11-30 22:51:23.417363+00
76	Migration20250326151602	2026-11-30 22:51:23.417363+00
77	Migration20250508081553	2026-11-30 22:51:23.417363+00
78	Migration20251017153909	2026-11-30 22:51:23.417363+00
79	Migration20251208130704	2026-11-30 22:51:23.417363+00
80	Migration20260626000000	2026-11-30 22:51:23.417363+00
81	Migration20240205173216	2026-11-30 22:51:24.020324+00
82	Migration20240624200006	2026-11-30 22:51:24.020324+00
83	Migration20250120110744	2026-11-30 22:51:24.020324+00
84	InitialSetup20240221144943	2026-11-30 22:51:24.185349+00
85	Migration20240604080145	2026-11-30 22:51:24.185349+00
86	Migration20241205122700	2026-11-30 22:51:24.185349+00
87	Migration20251015123842	2026-11-30 22:51:24.185349+00
88	InitialSetup20240227075933	2026-11-30 22:51:24.317301+00
89	Migration20240621145944	2026-11-30 22:51:24.317301+00
90	Migration20241206083313	2026-11-30 22:51:24.317301+00
91	Migration20251202184737	2026-11-30 22:51:24.317301+00
92	Migration20251212161429	2026-11-30 22:51:24.317301+00
93	Migration20240227090331	2026-11-30 22:51:24.535379+00
94	Migration20240710135844	2026-11-30 22:51:24.535379+00
95	Migration20240924114005	2026-11-30 22:51:24.535379+00
96	Migration20241212052837	2026-11-30 22:51:24.535379+00
97	InitialSetup20240228133303	2026-11-30 22:51:24.830361+00
98	Migration20240624082354	2026-11-30 22:51:24.830361+00
99	Migration20240225134525	2026-11-30 22:51:24.893914+00
100	Migration20240806072619	2026-11-30 22:51:24.893914+00
101	Migration20241211151053	2026-11-30 22:51:24.893914+00
102	Migration20250115160517	2026-11-30 22:51:24.893914+00
103	Migration20250120110552	2026-11-30 22:51:24.893914+00
104	Migration20250123122334	2026-11-30 22:51:24.893914+00
105	Migration20250206105639	2026-11-30 22:51:24.893914+00
106	Migration20250207132723	2026-11-30 22:51:24.893914+00
107	Migration20250625084134	2026-11-30 22:51:24.893914+00
108	Migration20250924135437	2026-11-30 22:51:24.893914+00
109	Migration20250929124701	2026-11-30 22:51:24.893914+00
110	Migration20260411223700	2026-11-30 22:51:24.893914+00
111	Migration20240219102530	2026-11-30 22:51:25.265299+00
112	Migration20240604100512	2026-11-30 22:51:25.265299+00
113	Migration20240715102100	2026-11-30 22:51:25.265299+00
114	Migration20240715174100	2026-11-30 22:51:25.265299+00
115	Migration20240716081800	2026-11-30 22:51:25.265299+00
116	Migration20240801085921	2026-11-30 22:51:25.265299+00
117	Migration20240821164505	2026-11-30 22:51:25.265299+00
118	Migration20240821170920	2026-11-30 22:51:25.265299+00
119	Migration20240827133639	2026-11-30 22:51:25.265299+00
120	Migration20240902195921	2026-11-30 22:51:25.265299+00
121	Migration20240913092514	2026-11-30 22:51:25.265299+00
122	Migration20240930122627	2026-11-30 22:51:25.265299+00
123	Migration20241014142943	2026-11-30 22:51:25.265299+00
124	Migration20241106085223	2026-11-30 22:51:25.265299+00
125	Migration20241129124827	2026-11-30 22:51:25.265299+00
126	Migration20241217162224	2026-11-30 22:51:25.265299+00
127	Migration20250326151554	2026-11-30 22:51:25.265299+00
128	Migration20250522181137	2026-11-30 22:51:25.265299+00
129	Migration20250702095353	2026-11-30 22:51:25.265299+00
130	Migration20250704120229	2026-11-30 22:51:25.265299+00
131	Migration20250910130000	2026-11-30 22:51:25.265299+00
132	Migration20251016160403	2026-11-30 22:51:25.265299+00
133	Migration20251016182939	2026-11-30 22:51:25.265299+00
134	Migration20251017155709	2026-11-30 22:51:25.265299+00
135	Migration20251114100559	2026-11-30 22:51:25.265299+00
136	Migration20251125164002	2026-11-30 22:51:25.265299+00
137	Migration20251210112909	2026-11-30 22:51:25.265299+00
138	Migration20251210112924	2026-11-30 22:51:25.265299+00
139	Migration20251225120947	2026-11-30 22:51:25.265299+00
140	Migration20260106185528	2026-11-30 22:51:25.265299+00
141	Migration20260625000000	2026-11-30 22:51:25.265299+00
142	Migration20260729154253	2026-11-30 22:51:25.265299+00
143	Migration20250717162007	2026-11-30 22:51:26.935236+00
144	Migration20260127081758	2026-11-30 22:51:26.935236+00
145	Migration20260615151246	2026-11-30 22:51:26.935236+00
146	Migration20240205025928	2026-11-30 22:51:27.194818+00
147	Migration20240529080336	2026-11-30 22:51:27.194818+00
148	Migration20241202100304	2026-11-30 22:51:27.194818+00
149	Migration20260514083900	2026-11-30 22:51:27.194818+00
150	Migration20260525090000	2026-11-30 22:51:27.194818+00
151	Migration20260604120000	2026-11-30 22:51:27.194818+00
152	Migration20260616075929	2026-11-30 22:51:27.194818+00
153	Migration20240214033943	2026-11-30 22:51:27.549282+00
154	Migration20240703095850	2026-11-30 22:51:27.549282+00
155	Migration20241202103352	2026-11-30 22:51:27.549282+00
156	Migration20240311145700_InitialSetupMigration	2026-11-30 22:51:27.674783+00
157	Migration20240821170957	2026-11-30 22:51:27.674783+00
158	Migration20240917161003	2026-11-30 22:51:27.674783+00
159	Migration20241217110416	2026-11-30 22:51:27.674783+00
160	Migration20250113122235	2026-11-30 22:51:27.674783+00
161	Migration20250120115002	2026-11-30 22:51:27.674783+00
162	Migration20250822130931	2026-11-30 22:51:27.674783+00
163	Migration20250825132614	2026-11-30 22:51:27.674783+00
164	Migration20251114133146	2026-11-30 22:51:27.674783+00
165	Migration20240509083918_InitialSetupMigration	2026-11-30 22:51:28.140419+00
166	Migration20240628075401	2026-11-30 22:51:28.140419+00
167	Migration20240830094712	2026-11-30 22:51:28.140419+00
168	Migration20250120110514	2026-11-30 22:51:28.140419+00
169	Migration20251028172715	2026-11-30 22:51:28.140419+00
170	Migration20251121123942	2026-11-30 22:51:28.140419+00
171	Migration20251121150408	2026-11-30 22:51:28.140419+00
172	Migration20260805085626	2026-11-30 22:51:28.329575+00
173	Migration20260903085616	2026-11-30 22:51:28.329575+00
174	Migration20260911115931	2026-11-30 22:51:28.329575+00
175	Migration20260807120000	2026-11-30 22:51:28.465773+00
176	Migration20231228143900	2026-11-30 22:51:28.633326+00
177	Migration20241206101446	2026-11-30 22:51:28.633326+00
178	Migration20250128174331	2026-11-30 22:51:28.633326+00
179	Migration20250505092459	2026-11-30 22:51:28.633326+00
180	Migration20250819104213	2026-11-30 22:51:28.633326+00
181	Migration20250819110924	2026-11-30 22:51:28.633326+00
182	Migration20250908080305	2026-11-30 22:51:28.633326+00
\.


--
-- Data for Name: notification; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.notification (id, "to", channel, template, data, trigger_type, resource_id, resource_type, receiver_id, original_notification_id, idempotency_key, external_id, provider_id, created_at, updated_at, deleted_at, status, "from", provider_data) FROM stdin;
\.


--
-- Data for Name: notification_provider; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.notification_provider (id, handle, name, is_enabled, channels, created_at, updated_at, deleted_at) FROM stdin;
local	local	local	t	{feed}	2026-11-30 22:51:33.821+00	2026-11-30 22:51:33.821+00	\N
\.


--
-- Data for Name: order; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public."order" (id, region_id, display_id, customer_id, version, sales_channel_id, status, is_draft_order, email, currency_code, shipping_address_id, billing_address_id, no_notification, metadata, created_at, updated_at, deleted_at, canceled_at, custom_display_id, locale) FROM stdin;
order_01M8QAGG0J4KA2BB3RE49M9913	reg_01M8QAGFD84VDR2WS9CQ3YDACQ	1	cus_01M8QAGFXND5MAX6VCFG6QNXWP	1	sc_01M8QAGFCR2QQZY0RXK41BKZDK	pending	f	jane@example.com	eur	ordaddr_01M8QAGG0DE5W21ECBNG391TBZ	ordaddr_01M8QAGG0CVWFVKQ2ZSAFVQ23D	\N	\N	2026-11-30 22:51:48.116+00	2026-11-30 22:51:48.116+00	\N	\N	\N	\N
order_01M8QAGH542D62TH6802GVF294	reg_01M8QAGFD84VDR2WS9CQ3YDACQ	2	cus_01M8QAGFXND5MAX6VCFG6QNXWP	1	sc_01M8QAGFCR2QQZY0RXK41BKZDK	completed	f	jane@example.com	eur	ordaddr_01M8QAGH50QENJ27MC2312361Z	ordaddr_01M8QAGH508V3VGXFE71VE2FF5	f	\N	2026-11-30 22:51:49.286+00	2026-11-30 22:51:49.494+00	\N	\N	\N	\N
order_01M8QAGHD4A1Y8V32XYG76H0Y2	reg_01M8QAGFD84VDR2WS9CQ3YDACQ	3	cus_01M8QAGFXNERZ93KYAJN044QRN	1	sc_01M8QAGFCR2QQZY0RXK41BKZDK	pending	f	john@example.com	eur	ordaddr_01M8QAGHD3P1417ZB2R6CQ3Z80	ordaddr_01M8QAGHD2YWACTTW9NYEH20C5	\N	\N	2026-11-30 22:51:49.545+00	2026-11-30 22:51:49.545+00	\N	\N	\N	\N
order_01M8QAGHJQM4CM9E6PZEAXZAFZ	reg_01M8QAGFD84VDR2WS9CQ3YDACQ	4	cus_01M8QAGFXNERZ93KYAJN044QRN	2	sc_01M8QAGFCR2QQZY0RXK41BKZDK	canceled	f	john@example.com	eur	ordaddr_01M8QAGHJPSNM5V57GNBN7E0T6	ordaddr_01M8QAGHJP30D9QVSXKTN35J79	\N	\N	2026-11-30 22:51:49.72+00	2026-11-30 22:51:49.989+00	\N	2026-11-30 22:51:49.985+00	\N	\N
order_01M8QAGHXD37T2N9K2KDY33Z0H	reg_01M8QAGFD84VDR2WS9CQ3YDACQ	5	cus_01M8QAGFXND5MAX6VCFG6QNXWP	1	sc_01M8QAGFCR2QQZY0RXK41BKZDK	draft	t	jane@example.com	eur	ordaddr_01M8QAGHX8EBVRV2Y89T7JNDHG	ordaddr_01M8QAGHX8Y8MEWSXD3VRS572M	\N	\N	2026-11-30 22:51:50.062+00	2026-11-30 22:51:50.062+00	\N	\N	\N	\N
order_01M8QAGJ3473PNJBB5ZNQJBCVQ	reg_01M8QAGFD84VDR2WS9CQ3YDACQ	6	cus_01M8QAGFXNERZ93KYAJN044QRN	1	sc_01M8QAGFCR2QQZY0RXK41BKZDK	pending	f	john@example.com	eur	ordaddr_01M8QAGJ33G5BABX4F6M00QDX7	ordaddr_01M8QAGJ33XSP0AM9GPK2E3V7T	\N	\N	2026-11-30 22:51:50.248+00	2026-11-30 22:51:50.248+00	\N	\N	\N	\N
\.


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
\.


--
-- Data for Name: order_cart; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.order_cart (order_id, cart_id, id, created_at, updated_at, deleted_at) FROM stdin;
order_01M8QAGH542D62TH6802GVF294	cart_01M8QAGG8TCE9KF1Y5MCRRB896	ordercart_01M8QAGH7HK35G79BTCC9TZP5A	2026-11-30 22:51:49.360839+00	2026-11-30 22:51:49.360839+00	\N
\.


--
-- Data for Name: order_change; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.order_change (id, order_id, version, description, status, internal_note, created_by, requested_by, requested_at, confirmed_by, confirmed_at, declined_by, declined_reason, metadata, declined_at, canceled_by, canceled_at, created_at, updated_at, change_type, deleted_at, return_id, claim_id, exchange_id, carry_over_promotions, no_notification) FROM stdin;
ordch_01M8QAGHQT21ZB82G17K23EFKB	order_01M8QAGHJQM4CM9E6PZEAXZAFZ	2	\N	confirmed	\N	\N	\N	\N	\N	2026-11-30 22:51:49.918+00	\N	\N	\N	\N	\N	\N	2026-11-30 22:51:49.882+00	2026-11-30 22:51:49.949+00	credit_line	\N	\N	\N	\N	\N	\N
\.


--
-- Data for Name: order_change_action; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.order_change_action (id, order_id, version, ordering, order_change_id, reference, reference_id, action, details, amount, raw_amount, internal_note, applied, created_at, updated_at, deleted_at, return_id, claim_id, exchange_id) FROM stdin;
ordchact_01M8QAGHRA5CJD7XXBEWHJ2KY8	order_01M8QAGHJQM4CM9E6PZEAXZAFZ	2	1	ordch_01M8QAGHQT21ZB82G17K23EFKB	payment_collection	\N	CREDIT_LINE_ADD	{}	0	{"value": "0", "precision": 20}	\N	t	2026-11-30 22:51:49.898+00	2026-11-30 22:51:49.957+00	\N	\N	\N	\N
\.


--
-- Data for Name: order_claim; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.order_claim (id, order_id, return_id, order_version, display_id, type, no_notification, refund_amount, raw_refund_amount, metadata, created_at, updated_at, deleted_at, canceled_at, created_by) FROM stdin;
\.


--
-- Data for Name: order_claim_item; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.order_claim_item (id, claim_id, item_id, is_additional_item, reason, quantity, raw_quantity, note, metadata, created_at, updated_at, deleted_at) FROM stdin;
\.


--
-- Data for Name: order_claim_item_image; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.order_claim_item_image (id, claim_item_id, url, metadata, created_at, updated_at, deleted_at) FROM stdin;
\.


--
-- Data for Name: order_credit_line; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.order_credit_line (id, order_id, reference, reference_id, amount, raw_amount, metadata, created_at, updated_at, deleted_at, version) FROM stdin;
ordcl_01M8QAGHSWHSMWXPPT33MD7BKH	order_01M8QAGHJQM4CM9E6PZEAXZAFZ	payment_collection	\N	0	{"value": "0", "precision": 20}	{"created_in_version": 2}	2026-11-30 22:51:49.949+00	2026-11-30 22:51:49.949+00	\N	2
\.


--
-- Data for Name: order_exchange; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.order_exchange (id, order_id, return_id, order_version, display_id, no_notification, allow_backorder, difference_due, raw_difference_due, metadata, created_at, updated_at, deleted_at, canceled_at, created_by) FROM stdin;
\.


--
-- Data for Name: order_exchange_item; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.order_exchange_item (id, exchange_id, item_id, quantity, raw_quantity, note, metadata, created_at, updated_at, deleted_at) FROM stdin;
\.


--
-- Data for Name: order_fulfillment; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.order_fulfillment (order_id, fulfillment_id, id, created_at, updated_at, deleted_at) FROM stdin;
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
\.


--
-- Data for Name: order_line_item_adjustment; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.order_line_item_adjustment (id, description, promotion_id, code, amount, raw_amount, provider_id, created_at, updated_at, item_id, deleted_at, is_tax_inclusive, version) FROM stdin;
\.


--
-- Data for Name: order_line_item_tax_line; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.order_line_item_tax_line (id, description, tax_rate_id, code, rate, raw_rate, provider_id, created_at, updated_at, item_id, deleted_at, metadata, data) FROM stdin;
\.


--
-- Data for Name: order_payment_collection; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.order_payment_collection (order_id, payment_collection_id, id, created_at, updated_at, deleted_at) FROM stdin;
order_01M8QAGH542D62TH6802GVF294	pay_col_01M8QAGGZGMZWWY1GFE8ZQZEF2	ordpay_01M8QAGH7MDQR29ZEEBS8JPKPQ	2026-11-30 22:51:49.361341+00	2026-11-30 22:51:49.361341+00	\N
\.


--
-- Data for Name: order_promotion; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.order_promotion (order_id, promotion_id, id, created_at, updated_at, deleted_at) FROM stdin;
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
\.


--
-- Data for Name: order_shipping_method_adjustment; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.order_shipping_method_adjustment (id, description, promotion_id, code, amount, raw_amount, provider_id, created_at, updated_at, shipping_method_id, deleted_at, version) FROM stdin;
\.


--
-- Data for Name: order_shipping_method_tax_line; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.order_shipping_method_tax_line (id, description, tax_rate_id, code, rate, raw_rate, provider_id, created_at, updated_at, shipping_method_id, deleted_at, metadata, data) FROM stdin;
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
\.


--
-- Data for Name: order_transaction; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.order_transaction (id, order_id, version, amount, raw_amount, currency_code, reference, reference_id, created_at, updated_at, deleted_at, return_id, claim_id, exchange_id) FROM stdin;
\.


--
-- Data for Name: payment; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.payment (id, amount, raw_amount, currency_code, provider_id, data, created_at, updated_at, deleted_at, captured_at, canceled_at, payment_collection_id, payment_session_id, metadata) FROM stdin;
pay_01M8QAGH8F36SRM6XPFT5246DE	47.5	{"value": "47.5", "precision": 20}	eur	pp_system_default	{}	2026-11-30 22:51:49.391+00	2026-11-30 22:51:49.391+00	\N	\N	\N	pay_col_01M8QAGGZGMZWWY1GFE8ZQZEF2	payses_01M8QAGH17Z7X37A50RE6TJ5ER	\N
\.


--
-- Data for Name: payment_collection; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.payment_collection (id, currency_code, amount, raw_amount, authorized_amount, raw_authorized_amount, captured_amount, raw_captured_amount, refunded_amount, raw_refunded_amount, created_at, updated_at, deleted_at, completed_at, status, metadata) FROM stdin;
pay_col_01M8QAGGZGMZWWY1GFE8ZQZEF2	eur	47.5	{"value": "47.5", "precision": 20}	47.5	{"value": "47.5", "precision": 20}	0	{"value": "0", "precision": 20}	0	{"value": "0", "precision": 20}	2026-11-30 22:51:49.105+00	2026-11-30 22:51:49.424+00	\N	\N	authorized	\N
\.


--
-- Data for Name: payment_collection_payment_providers; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.payment_collection_payment_providers (payment_collection_id, payment_provider_id) FROM stdin;
\.


--
-- Data for Name: payment_provider; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.payment_provider (id, is_enabled, created_at, updated_at, deleted_at) FROM stdin;
pp_system_default	t	2026-11-30 22:51:33.807+00	2026-11-30 22:51:33.807+00	\N
\.


--
-- Data for Name: payment_session; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.payment_session (id, currency_code, amount, raw_amount, provider_id, data, context, status, authorized_at, payment_collection_id, metadata, created_at, updated_at, deleted_at) FROM stdin;
payses_01M8QAGH17Z7X37A50RE6TJ5ER	eur	47.5	{"value": "47.5", "precision": 20}	pp_system_default	{}	{}	authorized	2026-11-30 22:51:49.388+00	pay_col_01M8QAGGZGMZWWY1GFE8ZQZEF2	{}	2026-11-30 22:51:49.159+00	2026-11-30 22:51:49.392+00	\N
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
price_01M8QAGFTXQR0015NEVZX4RMC7	\N	pset_01M8QAGFTXKRQNN3H0TXFB5E4W	eur	{"value": "19", "precision": 20}	0	2026-11-30 22:51:47.934+00	2026-11-30 22:51:47.934+00	\N	\N	19	\N	\N	\N	\N
price_01M8QAGFTXV9CAMT9THKN1JC21	\N	pset_01M8QAGFTX8VSW7EXNRJVPFS0S	eur	{"value": "39", "precision": 20}	0	2026-11-30 22:51:47.934+00	2026-11-30 22:51:47.934+00	\N	\N	39	\N	\N	\N	\N
price_01M8QAGFTX18X873A276TQ5SJY	\N	pset_01M8QAGFTX41DJCEPZZ65R93XK	eur	{"value": "41", "precision": 20}	0	2026-11-30 22:51:47.934+00	2026-11-30 22:51:47.934+00	\N	\N	41	\N	\N	\N	\N
price_01M8QAGFTXH7FDP0DP4181PM30	\N	pset_01M8QAGFTXK1BHWG0JZC6GGCN7	eur	{"value": "29", "precision": 20}	0	2026-11-30 22:51:47.934+00	2026-11-30 22:51:47.934+00	\N	\N	29	\N	\N	\N	\N
price_01M8QAGFXAEC4W91DJRVPJR694	\N	pset_01M8QAGFTV7CBC3EFG72F63ZTZ	eur	{"value": "12", "precision": 20}	0	2026-11-30 22:51:48.012+00	2026-11-30 22:51:48.012+00	\N	plist_01M8QAGFXAEZDR8M4YPQFCF0JQ	12	\N	\N	\N	\N
price_01M8QAGFXA10S7X5SCTH837PHY	\N	pset_01M8QAGFTW69Z0SCCEKTV01CR8	eur	{"value": "12", "precision": 20}	0	2026-11-30 22:51:48.012+00	2026-11-30 22:51:48.012+00	\N	plist_01M8QAGFXAEZDR8M4YPQFCF0JQ	12	\N	\N	\N	\N
price_01M8QAGFXA3KNFMN9XFE2V2BXK	\N	pset_01M8QAGFTWTQSCTF472HJXV10W	eur	{"value": "12", "precision": 20}	0	2026-11-30 22:51:48.012+00	2026-11-30 22:51:48.012+00	\N	plist_01M8QAGFXAEZDR8M4YPQFCF0JQ	12	\N	\N	\N	\N
price_01M8QAGFXA3E841JRR9SZEV2ZK	\N	pset_01M8QAGFTW2K27FM148TV5FYP0	eur	{"value": "12", "precision": 20}	0	2026-11-30 22:51:48.012+00	2026-11-30 22:51:48.012+00	\N	plist_01M8QAGFXAEZDR8M4YPQFCF0JQ	12	\N	\N	\N	\N
price_01M8QAGFXAF30VCKJP1QBJYWGP	\N	pset_01M8QAGFTWMEMCTXTE1C666N30	eur	{"value": "12", "precision": 20}	0	2026-11-30 22:51:48.012+00	2026-11-30 22:51:48.012+00	\N	plist_01M8QAGFXAEZDR8M4YPQFCF0JQ	12	\N	\N	\N	\N
price_01M8QAGFXA47XE730VSP3998B3	\N	pset_01M8QAGFTW2FRNE9G23YW05QPN	eur	{"value": "12", "precision": 20}	0	2026-11-30 22:51:48.012+00	2026-11-30 22:51:48.012+00	\N	plist_01M8QAGFXAEZDR8M4YPQFCF0JQ	12	\N	\N	\N	\N
\.


--
-- Data for Name: price_list; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.price_list (id, status, starts_at, ends_at, rules_count, title, description, type, created_at, updated_at, deleted_at, metadata) FROM stdin;
plist_01M8QAGFXAEZDR8M4YPQFCF0JQ	active	\N	\N	0	Winter sale	Tees for 12	sale	2026-11-30 22:51:48.012+00	2026-11-30 22:51:48.012+00	\N	\N
\.


--
-- Data for Name: price_list_rule; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.price_list_rule (id, price_list_id, created_at, updated_at, deleted_at, value, attribute) FROM stdin;
\.


--
-- Data for Name: price_preference; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.price_preference (id, attribute, value, is_tax_inclusive, created_at, updated_at, deleted_at) FROM stdin;
prpref_01M8QAGFAEF34YGGMKSYXD3ESY	currency_code	eur	f	2026-11-30 22:51:47.406+00	2026-11-30 22:51:47.406+00	\N
prpref_01M8QAGFEHFYCVRF0VRQ4XYAK4	region_id	reg_01M8QAGFD84VDR2WS9CQ3YDACQ	f	2026-11-30 22:51:47.537+00	2026-11-30 22:51:47.537+00	\N
\.


--
-- Data for Name: price_rule; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.price_rule (id, value, priority, price_id, created_at, updated_at, deleted_at, attribute, operator) FROM stdin;
prule_01M8QAGFK89TMW5KY676C9ZHRX	reg_01M8QAGFD84VDR2WS9CQ3YDACQ	0	price_01M8QAGFK8G5P26940HXFGFE9N	2026-11-30 22:51:47.689+00	2026-11-30 22:51:47.689+00	\N	region_id	eq
prule_01M8QAGFTXAA369SEPF347KP7R	reg_01M8QAGFD84VDR2WS9CQ3YDACQ	0	price_01M8QAGFTXK0BEGPEVD2S606NK	2026-11-30 22:51:47.934+00	2026-11-30 22:51:47.934+00	\N	region_id	eq
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
pset_01M8QAGFTXKRQNN3H0TXFB5E4W	2026-11-30 22:51:47.934+00	2026-11-30 22:51:47.934+00	\N
pset_01M8QAGFTX8VSW7EXNRJVPFS0S	2026-11-30 22:51:47.934+00	2026-11-30 22:51:47.934+00	\N
pset_01M8QAGFTX41DJCEPZZ65R93XK	2026-11-30 22:51:47.934+00	2026-11-30 22:51:47.934+00	\N
pset_01M8QAGFTXK1BHWG0JZC6GGCN7	2026-11-30 22:51:47.934+00	2026-11-30 22:51:47.934+00	\N
\.


--
-- Data for Name: product; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.product (id, title, handle, subtitle, description, is_giftcard, status, thumbnail, weight, length, height, width, origin_country, hs_code, mid_code, material, collection_id, type_id, discountable, external_id, created_at, updated_at, deleted_at, metadata) FROM stdin;
prod_01M8QAGFP09QY62T7XXWT3H43P	Medusa T-Shirt	t-shirt	\N	Cotton tee	f	published	https://medusa-public-images.s3.eu-west-1.amazonaws.com/tee-black-front.png	400	\N	\N	\N	\N	\N	\N	\N	pcol_01M8QAGFN8T8KM9BAPM6WDFYXR	ptyp_01M8QAGFNE1A58QKDAA7SJ13VS	t	\N	2026-11-30 22:51:47.789+00	2026-11-30 22:51:47.789+00	\N	{"brand": "Medusa"}
prod_01M8QAGFP0XF5VWYN4PSG2XN43	Medusa Cap	cap	\N	\N	f	published	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	t	\N	2026-11-30 22:51:47.789+00	2026-11-30 22:51:47.789+00	\N	\N
prod_01M8QAGFP0Y8BRR4NFNMYB6WW8	Medusa Scarf	scarf	\N	\N	f	published	https://medusa-public-images.s3.eu-west-1.amazonaws.com/scarf.png	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	t	\N	2026-11-30 22:51:47.789+00	2026-11-30 22:51:47.789+00	\N	\N
prod_01M8QAGFP019GWV7CB1MBCMM18	Medusa Hoodie	hoodie	\N	Warm hoodie	f	published	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	t	\N	2026-11-30 22:51:47.789+00	2026-11-30 22:51:47.789+00	\N	\N
prod_01M8QAGFP0ZF205KZPVDT71FFN	Medusa Sweatpants	sweatpants	\N	\N	f	draft	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	t	\N	2026-11-30 22:51:47.789+00	2026-11-30 22:51:47.789+00	\N	\N
\.


--
-- Data for Name: product_category; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.product_category (id, name, description, handle, mpath, is_active, is_internal, rank, parent_category_id, created_at, updated_at, deleted_at, metadata, external_id) FROM stdin;
pcat_01M8QAGFMKH4WS8TYYZB3S8H4D	Apparel		apparel	pcat_01M8QAGFMKH4WS8TYYZB3S8H4D	t	f	0	\N	2026-11-30 22:51:47.732+00	2026-11-30 22:51:47.732+00	\N	\N	\N
pcat_01M8QAGFMMKCP9YV4T2FDNN9ME	Accessories		accessories	pcat_01M8QAGFMMKCP9YV4T2FDNN9ME	t	f	1	\N	2026-11-30 22:51:47.732+00	2026-11-30 22:51:47.732+00	\N	\N	\N
pcat_01M8QAGFN23SVETZA76PFCSPGC	Shirts		shirts	pcat_01M8QAGFMKH4WS8TYYZB3S8H4D.pcat_01M8QAGFN23SVETZA76PFCSPGC	t	f	0	pcat_01M8QAGFMKH4WS8TYYZB3S8H4D	2026-11-30 22:51:47.746+00	2026-11-30 22:51:47.746+00	\N	\N	\N
\.


--
-- Data for Name: product_category_product; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.product_category_product (product_id, product_category_id) FROM stdin;
prod_01M8QAGFP09QY62T7XXWT3H43P	pcat_01M8QAGFN23SVETZA76PFCSPGC
prod_01M8QAGFP0XF5VWYN4PSG2XN43	pcat_01M8QAGFMMKCP9YV4T2FDNN9ME
prod_01M8QAGFP0Y8BRR4NFNMYB6WW8	pcat_01M8QAGFMMKCP9YV4T2FDNN9ME
prod_01M8QAGFP019GWV7CB1MBCMM18	pcat_01M8QAGFMKH4WS8TYYZB3S8H4D
prod_01M8QAGFP0ZF205KZPVDT71FFN	pcat_01M8QAGFMKH4WS8TYYZB3S8H4D
\.


--
-- Data for Name: product_collection; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.product_collection (id, title, handle, metadata, created_at, updated_at, deleted_at, external_id) FROM stdin;
pcol_01M8QAGFN8T8KM9BAPM6WDFYXR	Summer	summer	\N	2026-11-30 22:51:47.751723+00	2026-11-30 22:51:47.751723+00	\N	\N
\.


--
-- Data for Name: product_option; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.product_option (id, title, metadata, created_at, updated_at, deleted_at, is_exclusive) FROM stdin;
opt_01M8QAGFP05TSGZN3PPC3BPMYR	Size	\N	2026-11-30 22:51:47.789+00	2026-11-30 22:51:47.789+00	\N	t
opt_01M8QAGFP0SZDNH2C2C5GNKZBP	Color	\N	2026-11-30 22:51:47.789+00	2026-11-30 22:51:47.789+00	\N	t
opt_01M8QAGFP0BXT62MJJ4JW27AEW	Size	\N	2026-11-30 22:51:47.789+00	2026-11-30 22:51:47.789+00	\N	t
opt_01M8QAGFP0VG7YEPBVKG2C7VY1	Size	\N	2026-11-30 22:51:47.789+00	2026-11-30 22:51:47.789+00	\N	t
opt_01M8QAGFP0WRWT1KRA93G47TND	Size	\N	2026-11-30 22:51:47.79+00	2026-11-30 22:51:47.79+00	\N	t
opt_01M8QAGFP0K5MN5Y6Z18XBESJ8	Size	\N	2026-11-30 22:51:47.79+00	2026-11-30 22:51:47.79+00	\N	t
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
optval_01M8QAGFP4GEK5HM2KXPDV0B3M	One Size	opt_01M8QAGFP0VG7YEPBVKG2C7VY1	\N	2026-11-30 22:51:47.79+00	2026-11-30 22:51:47.79+00	\N	\N
optval_01M8QAGFP41A7899R2WPX42X1C	M	opt_01M8QAGFP0WRWT1KRA93G47TND	\N	2026-11-30 22:51:47.79+00	2026-11-30 22:51:47.79+00	\N	\N
optval_01M8QAGFP4T92N2DRCT8ST3W8Q	L	opt_01M8QAGFP0WRWT1KRA93G47TND	\N	2026-11-30 22:51:47.79+00	2026-11-30 22:51:47.79+00	\N	\N
optval_01M8QAGFP4EX0PGH87B45JQ6HT	M	opt_01M8QAGFP0K5MN5Y6Z18XBESJ8	\N	2026-11-30 22:51:47.79+00	2026-11-30 22:51:47.79+00	\N	\N
\.


--
-- Data for Name: product_product_option; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.product_product_option (id, product_id, product_option_id, created_at, updated_at, deleted_at) FROM stdin;
prodopt_01M8QAGFPX4C39J58F43Z5YSWM	prod_01M8QAGFP09QY62T7XXWT3H43P	opt_01M8QAGFP05TSGZN3PPC3BPMYR	2026-11-30 22:51:47.806+00	2026-11-30 22:51:47.806+00	\N
prodopt_01M8QAGFPXQHGTDDZKV4DQTHCC	prod_01M8QAGFP09QY62T7XXWT3H43P	opt_01M8QAGFP0SZDNH2C2C5GNKZBP	2026-11-30 22:51:47.806+00	2026-11-30 22:51:47.806+00	\N
prodopt_01M8QAGFPX5GH87ZPYWRP4S2DR	prod_01M8QAGFP0XF5VWYN4PSG2XN43	opt_01M8QAGFP0BXT62MJJ4JW27AEW	2026-11-30 22:51:47.806+00	2026-11-30 22:51:47.806+00	\N
prodopt_01M8QAGFPXRSMKNVDZ4FSQX4Y5	prod_01M8QAGFP0Y8BRR4NFNMYB6WW8	opt_01M8QAGFP0VG7YEPBVKG2C7VY1	2026-11-30 22:51:47.806+00	2026-11-30 22:51:47.806+00	\N
prodopt_01M8QAGFPXFBYXEVJYC839WXP1	prod_01M8QAGFP019GWV7CB1MBCMM18	opt_01M8QAGFP0WRWT1KRA93G47TND	2026-11-30 22:51:47.806+00	2026-11-30 22:51:47.806+00	\N
prodopt_01M8QAGFPXGNR7NKJ5AS6B6A2Z	prod_01M8QAGFP0ZF205KZPVDT71FFN	opt_01M8QAGFP0K5MN5Y6Z18XBESJ8	2026-11-30 22:51:47.806+00	2026-11-30 22:51:47.806+00	\N
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
prodoptval_01M8QAGFPY5N6XFMQA1FZKVK23	prodopt_01M8QAGFPXRSMKNVDZ4FSQX4Y5	optval_01M8QAGFP4GEK5HM2KXPDV0B3M	2026-11-30 22:51:47.806+00	2026-11-30 22:51:47.806+00	\N
prodoptval_01M8QAGFPY23FBG1T2QA67Z9KQ	prodopt_01M8QAGFPXFBYXEVJYC839WXP1	optval_01M8QAGFP41A7899R2WPX42X1C	2026-11-30 22:51:47.806+00	2026-11-30 22:51:47.806+00	\N
prodoptval_01M8QAGFPYMYXER9YAS3Z4RESZ	prodopt_01M8QAGFPXFBYXEVJYC839WXP1	optval_01M8QAGFP4T92N2DRCT8ST3W8Q	2026-11-30 22:51:47.806+00	2026-11-30 22:51:47.806+00	\N
prodoptval_01M8QAGFPY22JYERY1EKABWE07	prodopt_01M8QAGFPXGNR7NKJ5AS6B6A2Z	optval_01M8QAGFP4EX0PGH87B45JQ6HT	2026-11-30 22:51:47.806+00	2026-11-30 22:51:47.806+00	\N
\.


--
-- Data for Name: product_sales_channel; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.product_sales_channel (product_id, sales_channel_id, id, created_at, updated_at, deleted_at) FROM stdin;
prod_01M8QAGFP09QY62T7XXWT3H43P	sc_01M8QAGFCR2QQZY0RXK41BKZDK	prodsc_01M8QAGFR9WJRFQH3XK2AJ12Q6	2026-11-30 22:51:47.849704+00	2026-11-30 22:51:47.849704+00	\N
prod_01M8QAGFP0XF5VWYN4PSG2XN43	sc_01M8QAGFCR2QQZY0RXK41BKZDK	prodsc_01M8QAGFRAARF830EC6Y00KD43	2026-11-30 22:51:47.849704+00	2026-11-30 22:51:47.849704+00	\N
prod_01M8QAGFP0Y8BRR4NFNMYB6WW8	sc_01M8QAGFCR2QQZY0RXK41BKZDK	prodsc_01M8QAGFRA547EV1BFCDKQBN40	2026-11-30 22:51:47.849704+00	2026-11-30 22:51:47.849704+00	\N
prod_01M8QAGFP019GWV7CB1MBCMM18	sc_01M8QAGFCR2QQZY0RXK41BKZDK	prodsc_01M8QAGFRAK7BEVHCFWM39CXD2	2026-11-30 22:51:47.849704+00	2026-11-30 22:51:47.849704+00	\N
prod_01M8QAGFP0ZF205KZPVDT71FFN	sc_01M8QAGFCR2QQZY0RXK41BKZDK	prodsc_01M8QAGFRA63EGAN6N7HY4C5VC	2026-11-30 22:51:47.849704+00	2026-11-30 22:51:47.849704+00	\N
\.


--
-- Data for Name: product_shipping_profile; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.product_shipping_profile (product_id, shipping_profile_id, id, created_at, updated_at, deleted_at) FROM stdin;
prod_01M8QAGFP09QY62T7XXWT3H43P	sp_01M8QAG92NYHFPCVHB98JZYMBV	prodsp_01M8QAGFRXWHRAMGQH3J9WPFDN	2026-11-30 22:51:47.866372+00	2026-11-30 22:51:47.866372+00	\N
prod_01M8QAGFP0XF5VWYN4PSG2XN43	sp_01M8QAG92NYHFPCVHB98JZYMBV	prodsp_01M8QAGFRYYJBM2PPKDY5JR3XB	2026-11-30 22:51:47.866372+00	2026-11-30 22:51:47.866372+00	\N
prod_01M8QAGFP0Y8BRR4NFNMYB6WW8	sp_01M8QAG92NYHFPCVHB98JZYMBV	prodsp_01M8QAGFRY4KTB1P6FWTYK11G8	2026-11-30 22:51:47.866372+00	2026-11-30 22:51:47.866372+00	\N
prod_01M8QAGFP019GWV7CB1MBCMM18	sp_01M8QAG92NYHFPCVHB98JZYMBV	prodsp_01M8QAGFRYVSGJ0N41Q60FNW1G	2026-11-30 22:51:47.866372+00	2026-11-30 22:51:47.866372+00	\N
prod_01M8QAGFP0ZF205KZPVDT71FFN	sp_01M8QAG92NYHFPCVHB98JZYMBV	prodsp_01M8QAGFRYBTJ66GAMV3PGF8JE	2026-11-30 22:51:47.866372+00	2026-11-30 22:51:47.866372+00	\N
\.


--
-- Data for Name: product_tag; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.product_tag (id, value, metadata, created_at, updated_at, deleted_at, external_id) FROM stdin;
ptag_01M8QAGFNMZZG9YJ0CNW47QDRM	summer	\N	2026-11-30 22:51:47.764+00	2026-11-30 22:51:47.764+00	\N	\N
ptag_01M8QAGFNMREXP03PDVDA1Q2VA	cotton	\N	2026-11-30 22:51:47.764+00	2026-11-30 22:51:47.764+00	\N	\N
\.


--
-- Data for Name: product_tags; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.product_tags (product_id, product_tag_id) FROM stdin;
prod_01M8QAGFP09QY62T7XXWT3H43P	ptag_01M8QAGFNMZZG9YJ0CNW47QDRM
prod_01M8QAGFP09QY62T7XXWT3H43P	ptag_01M8QAGFNMREXP03PDVDA1Q2VA
\.


--
-- Data for Name: product_type; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.product_type (id, value, metadata, created_at, updated_at, deleted_at, external_id) FROM stdin;
ptyp_01M8QAGFNE1A58QKDAA7SJ13VS	Shirt	\N	2026-11-30 22:51:47.759+00	2026-11-30 22:51:47.759+00	\N	\N
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
variant_01M8QAGFT0X6SSB269WPXP1TXH	One Size	SCARF-OS	\N	\N	\N	f	f	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	prod_01M8QAGFP0Y8BRR4NFNMYB6WW8	2026-11-30 22:51:47.906+00	2026-11-30 22:51:47.906+00	\N	\N
variant_01M8QAGFT0BF2RJGD97JW955KG	M	HOODIE-M	\N	\N	\N	f	f	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	prod_01M8QAGFP019GWV7CB1MBCMM18	2026-11-30 22:51:47.906+00	2026-11-30 22:51:47.906+00	\N	\N
variant_01M8QAGFT0DF4VXB73S9ZFAF9J	L	HOODIE-L	\N	\N	\N	f	f	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	prod_01M8QAGFP019GWV7CB1MBCMM18	2026-11-30 22:51:47.906+00	2026-11-30 22:51:47.906+00	\N	\N
variant_01M8QAGFT13NZ2860QBSQV6KHZ	M	SWEATPANTS-M	\N	\N	\N	f	f	\N	\N	\N	\N	\N	\N	\N	\N	\N	0	prod_01M8QAGFP0ZF205KZPVDT71FFN	2026-11-30 22:51:47.906+00	2026-11-30 22:51:47.906+00	\N	\N
\.


--
-- Data for Name: product_variant_inventory_item; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.product_variant_inventory_item (variant_id, inventory_item_id, id, required_quantity, created_at, updated_at, deleted_at) FROM stdin;
\.


--
-- Data for Name: product_variant_option; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.product_variant_option (variant_id, option_value_id) FROM stdin;
variant_01M8QAGFSZ7S1K8Y61EWWKDH69	optval_01M8QAGFP340RJGT0EFPCMKRWA
variant_01M8QAGFSZ7S1K8Y61EWWKDH69	optval_01M8QAGFP322JQSECYPXQ6B2NM
variant_01M8QAGFT0VZSG4DQ821HM4Q84	optval_01M8QAGFP340RJGT0EFPCMKRWA
variant_01M8QAGFT0VZSG4DQ821HM4Q84	optval_01M8QAGFP383A5NVXPWQZ60CYD
variant_01M8QAGFT07A0DCS2M11XKHEPY	optval_01M8QAGFP3HYG46WMY9F5NRP1W
variant_01M8QAGFT07A0DCS2M11XKHEPY	optval_01M8QAGFP322JQSECYPXQ6B2NM
variant_01M8QAGFT0DYB6H3YKBYVT5SS0	optval_01M8QAGFP3HYG46WMY9F5NRP1W
variant_01M8QAGFT0DYB6H3YKBYVT5SS0	optval_01M8QAGFP383A5NVXPWQZ60CYD
variant_01M8QAGFT04JDTN0MXVAJ38466	optval_01M8QAGFP35NCXVFHF4H7RQQEG
variant_01M8QAGFT04JDTN0MXVAJ38466	optval_01M8QAGFP322JQSECYPXQ6B2NM
variant_01M8QAGFT0PT86RJSANVNVYX6V	optval_01M8QAGFP35NCXVFHF4H7RQQEG
variant_01M8QAGFT0PT86RJSANVNVYX6V	optval_01M8QAGFP383A5NVXPWQZ60CYD
variant_01M8QAGFT0CM5J737PGHDYCMFZ	optval_01M8QAGFP42EJJQKBDCFFZQQQE
variant_01M8QAGFT0X6SSB269WPXP1TXH	optval_01M8QAGFP4GEK5HM2KXPDV0B3M
variant_01M8QAGFT0BF2RJGD97JW955KG	optval_01M8QAGFP41A7899R2WPX42X1C
variant_01M8QAGFT0DF4VXB73S9ZFAF9J	optval_01M8QAGFP4T92N2DRCT8ST3W8Q
variant_01M8QAGFT13NZ2860QBSQV6KHZ	optval_01M8QAGFP4EX0PGH87B45JQ6HT
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
variant_01M8QAGFT0X6SSB269WPXP1TXH	pset_01M8QAGFTXKRQNN3H0TXFB5E4W	pvps_01M8QAGFW1X84ZJ06QCPVWNQHS	2026-11-30 22:51:47.967475+00	2026-11-30 22:51:47.967475+00	\N
variant_01M8QAGFT0BF2RJGD97JW955KG	pset_01M8QAGFTX8VSW7EXNRJVPFS0S	pvps_01M8QAGFW3WW5DHA6A3WRP89D1	2026-11-30 22:51:47.967475+00	2026-11-30 22:51:47.967475+00	\N
variant_01M8QAGFT0DF4VXB73S9ZFAF9J	pset_01M8QAGFTX41DJCEPZZ65R93XK	pvps_01M8QAGFW3KS62NHJ38VPS2VEZ	2026-11-30 22:51:47.967475+00	2026-11-30 22:51:47.967475+00	\N
variant_01M8QAGFT13NZ2860QBSQV6KHZ	pset_01M8QAGFTXK1BHWG0JZC6GGCN7	pvps_01M8QAGFW3Q2M667JE801DC0CD	2026-11-30 22:51:47.967475+00	2026-11-30 22:51:47.967475+00	\N
\.


--
-- Data for Name: product_variant_product_image; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.product_variant_product_image (id, variant_id, image_id, created_at, updated_at, deleted_at) FROM stdin;
\.


--
-- Data for Name: promotion; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.promotion (id, code, campaign_id, is_automatic, type, created_at, updated_at, deleted_at, status, is_tax_inclusive, "limit", used, metadata) FROM stdin;
\.


--
-- Data for Name: promotion_application_method; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.promotion_application_method (id, value, raw_value, max_quantity, apply_to_quantity, buy_rules_min_quantity, type, target_type, allocation, promotion_id, created_at, updated_at, deleted_at, currency_code) FROM stdin;
\.


--
-- Data for Name: promotion_campaign; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.promotion_campaign (id, name, description, campaign_identifier, starts_at, ends_at, created_at, updated_at, deleted_at) FROM stdin;
\.


--
-- Data for Name: promotion_campaign_budget; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.promotion_campaign_budget (id, type, campaign_id, "limit", raw_limit, used, raw_used, created_at, updated_at, deleted_at, currency_code, attribute) FROM stdin;
\.


--
-- Data for Name: promotion_campaign_budget_usage; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.promotion_campaign_budget_usage (id, attribute_value, used, budget_id, raw_used, created_at, updated_at, deleted_at) FROM stdin;
\.


--
-- Data for Name: promotion_promotion_rule; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.promotion_promotion_rule (promotion_id, promotion_rule_id) FROM stdin;
\.


--
-- Data for Name: promotion_rule; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.promotion_rule (id, description, attribute, operator, created_at, updated_at, deleted_at) FROM stdin;
\.


--
-- Data for Name: promotion_rule_value; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.promotion_rule_value (id, promotion_rule_id, value, created_at, updated_at, deleted_at) FROM stdin;
\.


--
-- Data for Name: property_label; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.property_label (id, entity, property, label, description, created_at, updated_at, deleted_at) FROM stdin;
\.


--
-- Data for Name: provider_identity; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.provider_identity (id, entity_id, provider, auth_identity_id, user_metadata, provider_metadata, created_at, updated_at, deleted_at) FROM stdin;
\.


--
-- Data for Name: publishable_api_key_sales_channel; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.publishable_api_key_sales_channel (publishable_key_id, sales_channel_id, id, created_at, updated_at, deleted_at) FROM stdin;
apk_01M8QAGFAXM3T9WPDVQ5NCKKJC	sc_01M8QAGF7Z5SCHNY6AW2SFAY4H	pksc_01M8QAGFBR514E1G67DHRW4QFC	2026-11-30 22:51:47.440908+00	2026-11-30 22:51:47.440908+00	\N
\.


--
-- Data for Name: refund; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.refund (id, amount, raw_amount, payment_id, created_at, updated_at, deleted_at, created_by, metadata, refund_reason_id, note) FROM stdin;
\.


--
-- Data for Name: refund_reason; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.refund_reason (id, label, description, metadata, created_at, updated_at, deleted_at, code) FROM stdin;
refr_01M8QAFSK94WS1FM87GHZZYWKX	Shipping Issue	Refund due to lost, delayed, or misdelivered shipment	\N	2026-11-30 22:51:24.893914+00	2026-11-30 22:51:24.893914+00	\N	shipping_issue
refr_01M8QAFSK9S193FZGHQBTERQ4B	Customer Care Adjustment	Refund given as goodwill or compensation for inconvenience	\N	2026-11-30 22:51:24.893914+00	2026-11-30 22:51:24.893914+00	\N	customer_care_adjustment
refr_01M8QAFSK9VY9WEY3HQ01BBCXY	Pricing Error	Refund to correct an overcharge, missing discount, or incorrect price	\N	2026-11-30 22:51:24.893914+00	2026-11-30 22:51:24.893914+00	\N	pricing_error
\.


--
-- Data for Name: region; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.region (id, name, currency_code, metadata, created_at, updated_at, deleted_at, automatic_taxes) FROM stdin;
reg_01M8QAGFD84VDR2WS9CQ3YDACQ	Europe	eur	\N	2026-11-30 22:51:47.504+00	2026-11-30 22:51:47.504+00	\N	t
\.


--
-- Data for Name: region_country; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.region_country (iso_2, iso_3, num_code, name, display_name, region_id, metadata, created_at, updated_at, deleted_at) FROM stdin;
af	afg	004	AFGHANISTAN	Afghanistan	\N	\N	2026-11-30 22:51:33.747+00	2026-11-30 22:51:33.747+00	\N
al	alb	008	ALBANIA	Albania	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
dz	dza	012	ALGERIA	Algeria	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
as	asm	016	AMERICAN SAMOA	American Samoa	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
ad	and	020	ANDORRA	Andorra	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
ao	ago	024	ANGOLA	Angola	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
ai	aia	660	ANGUILLA	Anguilla	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
aq	ata	010	ANTARCTICA	Antarctica	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
ag	atg	028	ANTIGUA AND BARBUDA	Antigua and Barbuda	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
ar	arg	032	ARGENTINA	Argentina	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
am	arm	051	ARMENIA	Armenia	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
aw	abw	533	ARUBA	Aruba	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
au	aus	036	AUSTRALIA	Australia	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
at	aut	040	AUSTRIA	Austria	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
az	aze	031	AZERBAIJAN	Azerbaijan	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
bs	bhs	044	BAHAMAS	Bahamas	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
bh	bhr	048	BAHRAIN	Bahrain	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
bd	bgd	050	BANGLADESH	Bangladesh	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
bb	brb	052	BARBADOS	Barbados	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
by	blr	112	BELARUS	Belarus	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
be	bel	056	BELGIUM	Belgium	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
bz	blz	084	BELIZE	Belize	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
bj	ben	204	BENIN	Benin	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
bm	bmu	060	BERMUDA	Bermuda	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
bt	btn	064	BHUTAN	Bhutan	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
bo	bol	068	BOLIVIA	Bolivia	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
bq	bes	535	BONAIRE, SINT EUSTATIUS AND SABA	Bonaire, Sint Eustatius and Saba	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
ba	bih	070	BOSNIA AND HERZEGOVINA	Bosnia and Herzegovina	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
bw	bwa	072	BOTSWANA	Botswana	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
bv	bvd	074	BOUVET ISLAND	Bouvet Island	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
br	bra	076	BRAZIL	Brazil	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
io	iot	086	BRITISH INDIAN OCEAN TERRITORY	British Indian Ocean Territory	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
bn	brn	096	BRUNEI DARUSSALAM	Brunei Darussalam	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
bg	bgr	100	BULGARIA	Bulgaria	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
bf	bfa	854	BURKINA FASO	Burkina Faso	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
bi	bdi	108	BURUNDI	Burundi	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
kh	khm	116	CAMBODIA	Cambodia	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
cm	cmr	120	CAMEROON	Cameroon	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
ca	can	124	CANADA	Canada	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
cv	cpv	132	CAPE VERDE	Cape Verde	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
ky	cym	136	CAYMAN ISLANDS	Cayman Islands	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
cf	caf	140	CENTRAL AFRICAN REPUBLIC	Central African Republic	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
td	tcd	148	CHAD	Chad	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
cl	chl	152	CHILE	Chile	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
cn	chn	156	CHINA	China	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
cx	cxr	162	CHRISTMAS ISLAND	Christmas Island	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
cc	cck	166	COCOS (KEELING) ISLANDS	Cocos (Keeling) Islands	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
co	col	170	COLOMBIA	Colombia	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
km	com	174	COMOROS	Comoros	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
cg	cog	178	CONGO	Congo	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
cd	cod	180	CONGO, THE DEMOCRATIC REPUBLIC OF THE	Congo, the Democratic Republic of the	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
ck	cok	184	COOK ISLANDS	Cook Islands	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
cr	cri	188	COSTA RICA	Costa Rica	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
ci	civ	384	COTE D'IVOIRE	Cote D'Ivoire	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
hr	hrv	191	CROATIA	Croatia	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
cu	cub	192	CUBA	Cuba	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
cw	cuw	531	CURAÇAO	Curaçao	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
cy	cyp	196	CYPRUS	Cyprus	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
cz	cze	203	CZECH REPUBLIC	Czech Republic	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
dk	dnk	208	DENMARK	Denmark	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
dj	dji	262	DJIBOUTI	Djibouti	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
dm	dma	212	DOMINICA	Dominica	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
do	dom	214	DOMINICAN REPUBLIC	Dominican Republic	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
ec	ecu	218	ECUADOR	Ecuador	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
eg	egy	818	EGYPT	Egypt	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
sv	slv	222	EL SALVADOR	El Salvador	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
gq	gnq	226	EQUATORIAL GUINEA	Equatorial Guinea	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
er	eri	232	ERITREA	Eritrea	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
ee	est	233	ESTONIA	Estonia	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
et	eth	231	ETHIOPIA	Ethiopia	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
fk	flk	238	FALKLAND ISLANDS (MALVINAS)	Falkland Islands (Malvinas)	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
fo	fro	234	FAROE ISLANDS	Faroe Islands	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
fj	fji	242	FIJI	Fiji	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
fi	fin	246	FINLAND	Finland	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
gf	guf	254	FRENCH GUIANA	French Guiana	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
pf	pyf	258	FRENCH POLYNESIA	French Polynesia	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
tf	atf	260	FRENCH SOUTHERN TERRITORIES	French Southern Territories	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
ga	gab	266	GABON	Gabon	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
gm	gmb	270	GAMBIA	Gambia	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
ge	geo	268	GEORGIA	Georgia	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
gh	gha	288	GHANA	Ghana	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
gi	gib	292	GIBRALTAR	Gibraltar	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
gr	grc	300	GREECE	Greece	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
gl	grl	304	GREENLAND	Greenland	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
gd	grd	308	GRENADA	Grenada	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
gp	glp	312	GUADELOUPE	Guadeloupe	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
gu	gum	316	GUAM	Guam	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
gt	gtm	320	GUATEMALA	Guatemala	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
gg	ggy	831	GUERNSEY	Guernsey	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
gn	gin	324	GUINEA	Guinea	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
gw	gnb	624	GUINEA-BISSAU	Guinea-Bissau	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
gy	guy	328	GUYANA	Guyana	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
ht	hti	332	HAITI	Haiti	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
hm	hmd	334	HEARD ISLAND AND MCDONALD ISLANDS	Heard Island And Mcdonald Islands	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
va	vat	336	HOLY SEE (VATICAN CITY STATE)	Holy See (Vatican City State)	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
hn	hnd	340	HONDURAS	Honduras	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
hk	hkg	344	HONG KONG	Hong Kong	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
hu	hun	348	HUNGARY	Hungary	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
is	isl	352	ICELAND	Iceland	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
in	ind	356	INDIA	India	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
id	idn	360	INDONESIA	Indonesia	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
ir	irn	364	IRAN, ISLAMIC REPUBLIC OF	Iran, Islamic Republic of	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
iq	irq	368	IRAQ	Iraq	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
ie	irl	372	IRELAND	Ireland	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
im	imn	833	ISLE OF MAN	Isle Of Man	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
il	isr	376	ISRAEL	Israel	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
it	ita	380	ITALY	Italy	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
jm	jam	388	JAMAICA	Jamaica	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
jp	jpn	392	JAPAN	Japan	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
je	jey	832	JERSEY	Jersey	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
jo	jor	400	JORDAN	Jordan	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
kz	kaz	398	KAZAKHSTAN	Kazakhstan	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
ke	ken	404	KENYA	Kenya	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
ki	kir	296	KIRIBATI	Kiribati	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
kp	prk	408	KOREA, DEMOCRATIC PEOPLE'S REPUBLIC OF	Korea, Democratic People's Republic of	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
kr	kor	410	KOREA, REPUBLIC OF	Korea, Republic of	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
xk	xkx	900	KOSOVO	Kosovo	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
kw	kwt	414	KUWAIT	Kuwait	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
kg	kgz	417	KYRGYZSTAN	Kyrgyzstan	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
la	lao	418	LAO PEOPLE'S DEMOCRATIC REPUBLIC	Lao People's Democratic Republic	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
lv	lva	428	LATVIA	Latvia	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
lb	lbn	422	LEBANON	Lebanon	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
ls	lso	426	LESOTHO	Lesotho	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
lr	lbr	430	LIBERIA	Liberia	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
ly	lby	434	LIBYA	Libya	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
li	lie	438	LIECHTENSTEIN	Liechtenstein	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
lt	ltu	440	LITHUANIA	Lithuania	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
lu	lux	442	LUXEMBOURG	Luxembourg	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
mo	mac	446	MACAO	Macao	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
mg	mdg	450	MADAGASCAR	Madagascar	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
mw	mwi	454	MALAWI	Malawi	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
my	mys	458	MALAYSIA	Malaysia	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
mv	mdv	462	MALDIVES	Maldives	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
ml	mli	466	MALI	Mali	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
mt	mlt	470	MALTA	Malta	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
mh	mhl	584	MARSHALL ISLANDS	Marshall Islands	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
mq	mtq	474	MARTINIQUE	Martinique	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
mr	mrt	478	MAURITANIA	Mauritania	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
mu	mus	480	MAURITIUS	Mauritius	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
yt	myt	175	MAYOTTE	Mayotte	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
mx	mex	484	MEXICO	Mexico	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
fm	fsm	583	MICRONESIA, FEDERATED STATES OF	Micronesia, Federated States of	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
md	mda	498	MOLDOVA, REPUBLIC OF	Moldova, Republic of	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
mc	mco	492	MONACO	Monaco	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
mn	mng	496	MONGOLIA	Mongolia	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
me	mne	499	MONTENEGRO	Montenegro	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
ms	msr	500	MONTSERRAT	Montserrat	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
ma	mar	504	MOROCCO	Morocco	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
mz	moz	508	MOZAMBIQUE	Mozambique	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
mm	mmr	104	MYANMAR	Myanmar	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
na	nam	516	NAMIBIA	Namibia	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
nr	nru	520	NAURU	Nauru	\N	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:33.748+00	\N
np	npl	524	NEPAL	Nepal	\N	\N	2026-11-30 22:51:33.749+00	2026-11-30 22:51:33.749+00	\N
nl	nld	528	NETHERLANDS	Netherlands	\N	\N	2026-11-30 22:51:33.749+00	2026-11-30 22:51:33.749+00	\N
nc	ncl	540	NEW CALEDONIA	New Caledonia	\N	\N	2026-11-30 22:51:33.749+00	2026-11-30 22:51:33.749+00	\N
nz	nzl	554	NEW ZEALAND	New Zealand	\N	\N	2026-11-30 22:51:33.749+00	2026-11-30 22:51:33.749+00	\N
ni	nic	558	NICARAGUA	Nicaragua	\N	\N	2026-11-30 22:51:33.749+00	2026-11-30 22:51:33.749+00	\N
ne	ner	562	NIGER	Niger	\N	\N	2026-11-30 22:51:33.749+00	2026-11-30 22:51:33.749+00	\N
ng	nga	566	NIGERIA	Nigeria	\N	\N	2026-11-30 22:51:33.749+00	2026-11-30 22:51:33.749+00	\N
nu	niu	570	NIUE	Niue	\N	\N	2026-11-30 22:51:33.749+00	2026-11-30 22:51:33.749+00	\N
nf	nfk	574	NORFOLK ISLAND	Norfolk Island	\N	\N	2026-11-30 22:51:33.749+00	2026-11-30 22:51:33.749+00	\N
mk	mkd	807	NORTH MACEDONIA	North Macedonia	\N	\N	2026-11-30 22:51:33.749+00	2026-11-30 22:51:33.749+00	\N
mp	mnp	580	NORTHERN MARIANA ISLANDS	Northern Mariana Islands	\N	\N	2026-11-30 22:51:33.749+00	2026-11-30 22:51:33.749+00	\N
no	nor	578	NORWAY	Norway	\N	\N	2026-11-30 22:51:33.749+00	2026-11-30 22:51:33.749+00	\N
om	omn	512	OMAN	Oman	\N	\N	2026-11-30 22:51:33.749+00	2026-11-30 22:51:33.749+00	\N
pk	pak	586	PAKISTAN	Pakistan	\N	\N	2026-11-30 22:51:33.749+00	2026-11-30 22:51:33.749+00	\N
pw	plw	585	PALAU	Palau	\N	\N	2026-11-30 22:51:33.749+00	2026-11-30 22:51:33.749+00	\N
ps	pse	275	PALESTINIAN TERRITORY, OCCUPIED	Palestinian Territory, Occupied	\N	\N	2026-11-30 22:51:33.749+00	2026-11-30 22:51:33.749+00	\N
pa	pan	591	PANAMA	Panama	\N	\N	2026-11-30 22:51:33.749+00	2026-11-30 22:51:33.749+00	\N
pg	png	598	PAPUA NEW GUINEA	Papua New Guinea	\N	\N	2026-11-30 22:51:33.749+00	2026-11-30 22:51:33.749+00	\N
py	pry	600	PARAGUAY	Paraguay	\N	\N	2026-11-30 22:51:33.749+00	2026-11-30 22:51:33.749+00	\N
pe	per	604	PERU	Peru	\N	\N	2026-11-30 22:51:33.749+00	2026-11-30 22:51:33.749+00	\N
ph	phl	608	PHILIPPINES	Philippines	\N	\N	2026-11-30 22:51:33.749+00	2026-11-30 22:51:33.749+00	\N
pn	pcn	612	PITCAIRN	Pitcairn	\N	\N	2026-11-30 22:51:33.749+00	2026-11-30 22:51:33.749+00	\N
pl	pol	616	POLAND	Poland	\N	\N	2026-11-30 22:51:33.749+00	2026-11-30 22:51:33.749+00	\N
pt	prt	620	PORTUGAL	Portugal	\N	\N	2026-11-30 22:51:33.749+00	2026-11-30 22:51:33.749+00	\N
pr	pri	630	PUERTO RICO	Puerto Rico	\N	\N	2026-11-30 22:51:33.749+00	2026-11-30 22:51:33.749+00	\N
qa	qat	634	QATAR	Qatar	\N	\N	2026-11-30 22:51:33.749+00	2026-11-30 22:51:33.749+00	\N
re	reu	638	REUNION	Reunion	\N	\N	2026-11-30 22:51:33.749+00	2026-11-30 22:51:33.749+00	\N
ro	rom	642	ROMANIA	Romania	\N	\N	2026-11-30 22:51:33.749+00	2026-11-30 22:51:33.749+00	\N
ru	rus	643	RUSSIAN FEDERATION	Russian Federation	\N	\N	2026-11-30 22:51:33.749+00	2026-11-30 22:51:33.749+00	\N
rw	rwa	646	RWANDA	Rwanda	\N	\N	2026-11-30 22:51:33.749+00	2026-11-30 22:51:33.749+00	\N
bl	blm	652	SAINT BARTHÉLEMY	Saint Barthélemy	\N	\N	2026-11-30 22:51:33.749+00	2026-11-30 22:51:33.749+00	\N
sh	shn	654	SAINT HELENA	Saint Helena	\N	\N	2026-11-30 22:51:33.749+00	2026-11-30 22:51:33.749+00	\N
kn	kna	659	SAINT KITTS AND NEVIS	Saint Kitts and Nevis	\N	\N	2026-11-30 22:51:33.749+00	2026-11-30 22:51:33.749+00	\N
lc	lca	662	SAINT LUCIA	Saint Lucia	\N	\N	2026-11-30 22:51:33.749+00	2026-11-30 22:51:33.749+00	\N
mf	maf	663	SAINT MARTIN (FRENCH PART)	Saint Martin (French part)	\N	\N	2026-11-30 22:51:33.749+00	2026-11-30 22:51:33.749+00	\N
pm	spm	666	SAINT PIERRE AND MIQUELON	Saint Pierre and Miquelon	\N	\N	2026-11-30 22:51:33.749+00	2026-11-30 22:51:33.749+00	\N
vc	vct	670	SAINT VINCENT AND THE GRENADINES	Saint Vincent and the Grenadines	\N	\N	2026-11-30 22:51:33.749+00	2026-11-30 22:51:33.749+00	\N
ws	wsm	882	SAMOA	Samoa	\N	\N	2026-11-30 22:51:33.749+00	2026-11-30 22:51:33.749+00	\N
sm	smr	674	SAN MARINO	San Marino	\N	\N	2026-11-30 22:51:33.749+00	2026-11-30 22:51:33.749+00	\N
st	stp	678	SAO TOME AND PRINCIPE	Sao Tome and Principe	\N	\N	2026-11-30 22:51:33.749+00	2026-11-30 22:51:33.749+00	\N
sa	sau	682	SAUDI ARABIA	Saudi Arabia	\N	\N	2026-11-30 22:51:33.749+00	2026-11-30 22:51:33.749+00	\N
sn	sen	686	SENEGAL	Senegal	\N	\N	2026-11-30 22:51:33.749+00	2026-11-30 22:51:33.749+00	\N
rs	srb	688	SERBIA	Serbia	\N	\N	2026-11-30 22:51:33.749+00	2026-11-30 22:51:33.749+00	\N
sc	syc	690	SEYCHELLES	Seychelles	\N	\N	2026-11-30 22:51:33.749+00	2026-11-30 22:51:33.749+00	\N
sl	sle	694	SIERRA LEONE	Sierra Leone	\N	\N	2026-11-30 22:51:33.749+00	2026-11-30 22:51:33.749+00	\N
sg	sgp	702	SINGAPORE	Singapore	\N	\N	2026-11-30 22:51:33.749+00	2026-11-30 22:51:33.749+00	\N
sx	sxm	534	SINT MAARTEN	Sint Maarten	\N	\N	2026-11-30 22:51:33.749+00	2026-11-30 22:51:33.749+00	\N
sk	svk	703	SLOVAKIA	Slovakia	\N	\N	2026-11-30 22:51:33.749+00	2026-11-30 22:51:33.749+00	\N
si	svn	705	SLOVENIA	Slovenia	\N	\N	2026-11-30 22:51:33.749+00	2026-11-30 22:51:33.749+00	\N
sb	slb	090	SOLOMON ISLANDS	Solomon Islands	\N	\N	2026-11-30 22:51:33.749+00	2026-11-30 22:51:33.749+00	\N
so	som	706	SOMALIA	Somalia	\N	\N	2026-11-30 22:51:33.749+00	2026-11-30 22:51:33.749+00	\N
za	zaf	710	SOUTH AFRICA	South Africa	\N	\N	2026-11-30 22:51:33.749+00	2026-11-30 22:51:33.749+00	\N
gs	sgs	239	SOUTH GEORGIA AND THE SOUTH SANDWICH ISLANDS	South Georgia and the South Sandwich Islands	\N	\N	2026-11-30 22:51:33.749+00	2026-11-30 22:51:33.749+00	\N
ss	ssd	728	SOUTH SUDAN	South Sudan	\N	\N	2026-11-30 22:51:33.749+00	2026-11-30 22:51:33.749+00	\N
es	esp	724	SPAIN	Spain	\N	\N	2026-11-30 22:51:33.749+00	2026-11-30 22:51:33.749+00	\N
lk	lka	144	SRI LANKA	Sri Lanka	\N	\N	2026-11-30 22:51:33.749+00	2026-11-30 22:51:33.749+00	\N
sd	sdn	729	SUDAN	Sudan	\N	\N	2026-11-30 22:51:33.75+00	2026-11-30 22:51:33.75+00	\N
sr	sur	740	SURINAME	Suriname	\N	\N	2026-11-30 22:51:33.75+00	2026-11-30 22:51:33.75+00	\N
sj	sjm	744	SVALBARD AND JAN MAYEN	Svalbard and Jan Mayen	\N	\N	2026-11-30 22:51:33.75+00	2026-11-30 22:51:33.75+00	\N
sz	swz	748	SWAZILAND	Swaziland	\N	\N	2026-11-30 22:51:33.75+00	2026-11-30 22:51:33.75+00	\N
se	swe	752	SWEDEN	Sweden	\N	\N	2026-11-30 22:51:33.75+00	2026-11-30 22:51:33.75+00	\N
ch	che	756	SWITZERLAND	Switzerland	\N	\N	2026-11-30 22:51:33.75+00	2026-11-30 22:51:33.75+00	\N
sy	syr	760	SYRIAN ARAB REPUBLIC	Syrian Arab Republic	\N	\N	2026-11-30 22:51:33.75+00	2026-11-30 22:51:33.75+00	\N
tw	twn	158	TAIWAN, PROVINCE OF CHINA	Taiwan, Province of China	\N	\N	2026-11-30 22:51:33.75+00	2026-11-30 22:51:33.75+00	\N
tj	tjk	762	TAJIKISTAN	Tajikistan	\N	\N	2026-11-30 22:51:33.75+00	2026-11-30 22:51:33.75+00	\N
tz	tza	834	TANZANIA, UNITED REPUBLIC OF	Tanzania, United Republic of	\N	\N	2026-11-30 22:51:33.75+00	2026-11-30 22:51:33.75+00	\N
th	tha	764	THAILAND	Thailand	\N	\N	2026-11-30 22:51:33.75+00	2026-11-30 22:51:33.75+00	\N
tl	tls	626	TIMOR LESTE	Timor Leste	\N	\N	2026-11-30 22:51:33.75+00	2026-11-30 22:51:33.75+00	\N
tg	tgo	768	TOGO	Togo	\N	\N	2026-11-30 22:51:33.75+00	2026-11-30 22:51:33.75+00	\N
tk	tkl	772	TOKELAU	Tokelau	\N	\N	2026-11-30 22:51:33.75+00	2026-11-30 22:51:33.75+00	\N
to	ton	776	TONGA	Tonga	\N	\N	2026-11-30 22:51:33.75+00	2026-11-30 22:51:33.75+00	\N
tt	tto	780	TRINIDAD AND TOBAGO	Trinidad and Tobago	\N	\N	2026-11-30 22:51:33.75+00	2026-11-30 22:51:33.75+00	\N
tn	tun	788	TUNISIA	Tunisia	\N	\N	2026-11-30 22:51:33.75+00	2026-11-30 22:51:33.75+00	\N
tr	tur	792	TURKEY	Turkey	\N	\N	2026-11-30 22:51:33.75+00	2026-11-30 22:51:33.75+00	\N
tm	tkm	795	TURKMENISTAN	Turkmenistan	\N	\N	2026-11-30 22:51:33.75+00	2026-11-30 22:51:33.75+00	\N
tc	tca	796	TURKS AND CAICOS ISLANDS	Turks and Caicos Islands	\N	\N	2026-11-30 22:51:33.75+00	2026-11-30 22:51:33.75+00	\N
tv	tuv	798	TUVALU	Tuvalu	\N	\N	2026-11-30 22:51:33.75+00	2026-11-30 22:51:33.75+00	\N
ug	uga	800	UGANDA	Uganda	\N	\N	2026-11-30 22:51:33.75+00	2026-11-30 22:51:33.75+00	\N
ua	ukr	804	UKRAINE	Ukraine	\N	\N	2026-11-30 22:51:33.75+00	2026-11-30 22:51:33.75+00	\N
ae	are	784	UNITED ARAB EMIRATES	United Arab Emirates	\N	\N	2026-11-30 22:51:33.75+00	2026-11-30 22:51:33.75+00	\N
gb	gbr	826	UNITED KINGDOM	United Kingdom	\N	\N	2026-11-30 22:51:33.75+00	2026-11-30 22:51:33.75+00	\N
us	usa	840	UNITED STATES	United States	\N	\N	2026-11-30 22:51:33.75+00	2026-11-30 22:51:33.75+00	\N
um	umi	581	UNITED STATES MINOR OUTLYING ISLANDS	United States Minor Outlying Islands	\N	\N	2026-11-30 22:51:33.75+00	2026-11-30 22:51:33.75+00	\N
uy	ury	858	URUGUAY	Uruguay	\N	\N	2026-11-30 22:51:33.75+00	2026-11-30 22:51:33.75+00	\N
uz	uzb	860	UZBEKISTAN	Uzbekistan	\N	\N	2026-11-30 22:51:33.75+00	2026-11-30 22:51:33.75+00	\N
vu	vut	548	VANUATU	Vanuatu	\N	\N	2026-11-30 22:51:33.75+00	2026-11-30 22:51:33.75+00	\N
ve	ven	862	VENEZUELA	Venezuela	\N	\N	2026-11-30 22:51:33.75+00	2026-11-30 22:51:33.75+00	\N
vn	vnm	704	VIET NAM	Viet Nam	\N	\N	2026-11-30 22:51:33.75+00	2026-11-30 22:51:33.75+00	\N
vg	vgb	092	VIRGIN ISLANDS, BRITISH	Virgin Islands, British	\N	\N	2026-11-30 22:51:33.75+00	2026-11-30 22:51:33.75+00	\N
vi	vir	850	VIRGIN ISLANDS, U.S.	Virgin Islands, U.S.	\N	\N	2026-11-30 22:51:33.75+00	2026-11-30 22:51:33.75+00	\N
wf	wlf	876	WALLIS AND FUTUNA	Wallis and Futuna	\N	\N	2026-11-30 22:51:33.75+00	2026-11-30 22:51:33.75+00	\N
eh	esh	732	WESTERN SAHARA	Western Sahara	\N	\N	2026-11-30 22:51:33.75+00	2026-11-30 22:51:33.75+00	\N
ye	yem	887	YEMEN	Yemen	\N	\N	2026-11-30 22:51:33.75+00	2026-11-30 22:51:33.75+00	\N
zm	zmb	894	ZAMBIA	Zambia	\N	\N	2026-11-30 22:51:33.75+00	2026-11-30 22:51:33.75+00	\N
zw	zwe	716	ZIMBABWE	Zimbabwe	\N	\N	2026-11-30 22:51:33.75+00	2026-11-30 22:51:33.75+00	\N
ax	ala	248	ÅLAND ISLANDS	Åland Islands	\N	\N	2026-11-30 22:51:33.75+00	2026-11-30 22:51:33.75+00	\N
fr	fra	250	FRANCE	France	reg_01M8QAGFD84VDR2WS9CQ3YDACQ	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:47.505+00	\N
de	deu	276	GERMANY	Germany	reg_01M8QAGFD84VDR2WS9CQ3YDACQ	\N	2026-11-30 22:51:33.748+00	2026-11-30 22:51:47.504+00	\N
\.


--
-- Data for Name: region_payment_provider; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.region_payment_provider (region_id, payment_provider_id, id, created_at, updated_at, deleted_at) FROM stdin;
reg_01M8QAGFD84VDR2WS9CQ3YDACQ	pp_system_default	regpp_01M8QAGFEK6XZEV4EPYTAQBKZY	2026-11-30 22:51:47.536641+00	2026-11-30 22:51:47.536641+00	\N
\.


--
-- Data for Name: reservation_item; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.reservation_item (id, created_at, updated_at, deleted_at, line_item_id, location_id, quantity, external_id, description, created_by, metadata, inventory_item_id, allow_backorder, raw_quantity) FROM stdin;
\.


--
-- Data for Name: return; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.return (id, order_id, claim_id, exchange_id, order_version, display_id, status, no_notification, refund_amount, raw_refund_amount, metadata, created_at, updated_at, deleted_at, received_at, canceled_at, location_id, requested_at, created_by) FROM stdin;
\.


--
-- Data for Name: return_fulfillment; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.return_fulfillment (return_id, fulfillment_id, id, created_at, updated_at, deleted_at) FROM stdin;
\.


--
-- Data for Name: return_item; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.return_item (id, return_id, reason_id, item_id, quantity, raw_quantity, received_quantity, raw_received_quantity, note, metadata, created_at, updated_at, deleted_at, damaged_quantity, raw_damaged_quantity) FROM stdin;
\.


--
-- Data for Name: return_reason; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.return_reason (id, value, label, description, metadata, parent_return_reason_id, created_at, updated_at, deleted_at) FROM stdin;
\.


--
-- Data for Name: sales_channel; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.sales_channel (id, name, description, is_disabled, metadata, created_at, updated_at, deleted_at) FROM stdin;
sc_01M8QAGF7Z5SCHNY6AW2SFAY4H	Default Sales Channel	Created by Medusa	f	\N	2026-11-30 22:51:47.327+00	2026-11-30 22:51:47.327+00	\N
sc_01M8QAGFCR2QQZY0RXK41BKZDK	Default Sales Channel	\N	f	\N	2026-11-30 22:51:47.48+00	2026-11-30 22:51:47.48+00	\N
\.


--
-- Data for Name: sales_channel_stock_location; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.sales_channel_stock_location (sales_channel_id, stock_location_id, id, created_at, updated_at, deleted_at) FROM stdin;
sc_01M8QAGFCR2QQZY0RXK41BKZDK	sloc_01M8QAGFFZN7DAJN6N99HC1SNT	scloc_01M8QAGFM983V22W450TXH2R7W	2026-11-30 22:51:47.720902+00	2026-11-30 22:51:47.720902+00	\N
\.


--
-- Data for Name: script_migrations; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.script_migrations (id, script_name, created_at, finished_at) FROM stdin;
1	migrate-normalize-currency-codes-normalization.js	2026-11-30 22:51:39.602109+00	2026-11-30 22:51:39.659163+00
2	migrate-product-option-link-ids.js	2026-11-30 22:51:39.670178+00	2026-11-30 22:51:39.680743+00
3	migrate-product-shipping-profile.js	2026-11-30 22:51:40.972119+00	2026-11-30 22:51:41.034314+00
4	migrate-tax-region-provider.js	2026-11-30 22:51:41.045472+00	2026-11-30 22:51:41.057013+00
5	reconcile-inventory-reserved-quantity.js	2026-11-30 22:51:41.062915+00	2026-11-30 22:51:41.085317+00
\.


--
-- Data for Name: search_index; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.search_index (id, name, created_at, updated_at, deleted_at, active_version) FROM stdin;
\.


--
-- Data for Name: search_index_sync; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.search_index_sync (id, job_id, status, filters, last_key, documents_synced, started_at, completed_at, error, search_index_version_id, created_at, updated_at, deleted_at, resumable) FROM stdin;
\.


--
-- Data for Name: search_index_version; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.search_index_version (id, version, provider, physical_name, definition_hash, status, search_index_id, created_at, updated_at, deleted_at) FROM stdin;
\.


--
-- Data for Name: search_postgres_index; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.search_postgres_index (name, table_name, schema_hash, plan, document_count, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: service_zone; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.service_zone (id, name, metadata, fulfillment_set_id, created_at, updated_at, deleted_at) FROM stdin;
serzo_01M8QAGFGRCRZGKNZ97JVWD8HM	Europe	\N	fuset_01M8QAGFGSA4SHRFRM5ANV4J1K	2026-11-30 22:51:47.609+00	2026-11-30 22:51:47.609+00	\N
\.


--
-- Data for Name: shipping_option; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.shipping_option (id, name, price_type, service_zone_id, shipping_profile_id, provider_id, data, metadata, shipping_option_type_id, created_at, updated_at, deleted_at) FROM stdin;
so_01M8QAGFJXB6H08B6ZMKE3512V	Standard Shipping	flat	serzo_01M8QAGFGRCRZGKNZ97JVWD8HM	sp_01M8QAG92NYHFPCVHB98JZYMBV	manual_manual	\N	\N	sotype_01M8QAGFJW2AMY162FY5S1R9MK	2026-11-30 22:51:47.677+00	2026-11-30 22:51:47.677+00	\N
\.


--
-- Data for Name: shipping_option_price_set; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.shipping_option_price_set (shipping_option_id, price_set_id, id, created_at, updated_at, deleted_at) FROM stdin;
so_01M8QAGFJXB6H08B6ZMKE3512V	pset_01M8QAGFK8XT8C4CFCKV0MC0YD	sops_01M8QAGFM2ABKNJRAMK90VEBT7	2026-11-30 22:51:47.714395+00	2026-11-30 22:51:47.714395+00	\N
\.


--
-- Data for Name: shipping_option_rule; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.shipping_option_rule (id, attribute, operator, value, shipping_option_id, created_at, updated_at, deleted_at) FROM stdin;
sorul_01M8QAGFJXSJ075V7M8MMN3GJQ	enabled_in_store	eq	"true"	so_01M8QAGFJXB6H08B6ZMKE3512V	2026-11-30 22:51:47.677+00	2026-11-30 22:51:47.677+00	\N
sorul_01M8QAGFJX352C1TC02W7JX9Z8	is_return	eq	"false"	so_01M8QAGFJXB6H08B6ZMKE3512V	2026-11-30 22:51:47.678+00	2026-11-30 22:51:47.678+00	\N
\.


--
-- Data for Name: shipping_option_type; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.shipping_option_type (id, label, description, code, created_at, updated_at, deleted_at) FROM stdin;
sotype_01M8QAGFJW2AMY162FY5S1R9MK	Standard	2-3 days	standard	2026-11-30 22:51:47.677+00	2026-11-30 22:51:47.677+00	\N
\.


--
-- Data for Name: shipping_profile; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.shipping_profile (id, name, type, metadata, created_at, updated_at, deleted_at) FROM stdin;
sp_01M8QAG92NYHFPCVHB98JZYMBV	Default Shipping Profile	default	\N	2026-11-30 22:51:41.013+00	2026-11-30 22:51:41.013+00	\N
\.


--
-- Data for Name: stock_location; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.stock_location (id, created_at, updated_at, deleted_at, name, address_id, metadata) FROM stdin;
sloc_01M8QAGFFZN7DAJN6N99HC1SNT	2026-11-30 22:51:47.584+00	2026-11-30 22:51:47.584+00	\N	Berlin WH	laddr_01M8QAGFFZMYNA0CZ43N9W83AM	\N
\.


--
-- Data for Name: stock_location_address; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.stock_location_address (id, created_at, updated_at, deleted_at, address_1, address_2, company, city, country_code, phone, province, postal_code, metadata) FROM stdin;
laddr_01M8QAGFFZMYNA0CZ43N9W83AM	2026-11-30 22:51:47.584+00	2026-11-30 22:51:47.584+00	\N	Str. 1	\N	\N	Berlin	DE	\N	\N	\N	\N
\.


--
-- Data for Name: store; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.store (id, name, default_sales_channel_id, default_region_id, default_location_id, metadata, created_at, updated_at, deleted_at) FROM stdin;
store_01M8QAGF98EGWZZZ5PA68HPMAF	Medusa Store	sc_01M8QAGF7Z5SCHNY6AW2SFAY4H	\N	\N	\N	2026-11-30 22:51:47.362651+00	2026-11-30 22:51:47.362651+00	\N
\.


--
-- Data for Name: store_currency; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.store_currency (id, currency_code, is_default, store_id, created_at, updated_at, deleted_at) FROM stdin;
stocur_01M8QAGF9HGCNBQSEPEZ0FPZQ9	eur	t	store_01M8QAGF98EGWZZZ5PA68HPMAF	2026-11-30 22:51:47.362651+00	2026-11-30 22:51:47.362651+00	\N
\.


--
-- Data for Name: store_locale; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.store_locale (id, locale_code, store_id, created_at, updated_at, deleted_at) FROM stdin;
\.


--
-- Data for Name: tax_provider; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.tax_provider (id, is_enabled, created_at, updated_at, deleted_at) FROM stdin;
tp_system	t	2026-11-30 22:51:33.804+00	2026-11-30 22:51:33.804+00	\N
\.


--
-- Data for Name: tax_rate; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.tax_rate (id, rate, code, name, is_default, is_combinable, tax_region_id, metadata, created_at, updated_at, created_by, deleted_at) FROM stdin;
\.


--
-- Data for Name: tax_rate_rule; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.tax_rate_rule (id, tax_rate_id, reference_id, reference, metadata, created_at, updated_at, created_by, deleted_at) FROM stdin;
\.


--
-- Data for Name: tax_region; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.tax_region (id, provider_id, country_code, province_code, parent_id, metadata, created_at, updated_at, created_by, deleted_at) FROM stdin;
txreg_01M8QAGFF8FFVZKMHM9MA70GXC	tp_system	de	\N	\N	\N	2026-11-30 22:51:47.56+00	2026-11-30 22:51:47.56+00	\N	\N
txreg_01M8QAGFF8WT2BTCT9Y75JRV36	tp_system	fr	\N	\N	\N	2026-11-30 22:51:47.561+00	2026-11-30 22:51:47.561+00	\N	\N
\.


--
-- Data for Name: user; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public."user" (id, first_name, last_name, email, avatar_url, metadata, created_at, updated_at, deleted_at) FROM stdin;
\.


--
-- Data for Name: user_preference; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.user_preference (id, user_id, key, value, created_at, updated_at, deleted_at) FROM stdin;
\.


--
-- Data for Name: view_configuration; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.view_configuration (id, entity, name, user_id, is_system_default, configuration, created_at, updated_at, deleted_at) FROM stdin;
\.


--
-- Data for Name: workflow_execution; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.workflow_execution (id, workflow_id, transaction_id, execution, context, state, created_at, updated_at, deleted_at, retention_time, run_id) FROM stdin;
wf_exec_01M8QAGH1W17CM1QM3RJYAZY0W	complete-cart	auto-01M8QAGH1KTR7DVJQ19FQW8ETA	{"_v": 0, "runId": "01M8QAGH1NBZSPX0AC6KWSGZXV", "state": "done", "steps": {"_root": {"id": "_root", "next": ["_root.acquire-lock-step"]}, "_root.acquire-lock-step": {"_v": 0, "id": "_root.acquire-lock-step", "next": ["_root.acquire-lock-step.use-query-graph-step", "_root.acquire-lock-step.cart-query"], "uuid": "01M8QAGCBYC6R38QZPHMQ1FAJS", "depth": 1, "invoke": {"state": "done", "status": "ok"}, "attempts": 1, "failures": 0, "startedAt": 1796079109192, "compensate": {"state": "dormant", "status": "idle"}, "definition": {"uuid": "01M8QAGCBYC6R38QZPHMQ1FAJS", "store": false, "action": "acquire-lock-step", "noCompensation": false}, "stepFailed": false, "lastAttempt": 1796079109192, "saveResponse": true}, "_root.acquire-lock-step.cart-query": {"_v": 0, "id": "_root.acquire-lock-step.cart-query", "next": ["_root.acquire-lock-step.cart-query.validate-cart-items"], "uuid": "01M8QAGCBYW8H2K6AM2H17B9Y1", "depth": 2, "invoke": {"state": "done", "status": "ok"}, "attempts": 1, "failures": 0, "startedAt": 1796079109193, "compensate": {"state": "dormant", "status": "idle"}, "definition": {"uuid": "01M8QAGCBYW8H2K6AM2H17B9Y1", "async": false, "store": false, "action": "cart-query", "noCompensation": true, "compensateAsync": false}, "stepFailed": false, "lastAttempt": 1796079109193, "saveResponse": true}, "_root.acquire-lock-step.use-query-graph-step": {"_v": 0, "id": "_root.acquire-lock-step.use-query-graph-step", "next": [], "uuid": "01M8QAGCBY87FHD6T0188BQHNX", "depth": 2, "invoke": {"state": "done", "status": "ok"}, "attempts": 1, "failures": 0, "startedAt": 1796079109193, "compensate": {"state": "dormant", "status": "idle"}, "definition": {"uuid": "01M8QAGCBY87FHD6T0188BQHNX", "store": false, "action": "use-query-graph-step", "noCompensation": true}, "stepFailed": false, "lastAttempt": 1796079109193, "saveResponse": true}, "_root.acquire-lock-step.cart-query.validate-cart-items": {"_v": 0, "id": "_root.acquire-lock-step.cart-query.validate-cart-items", "next": ["_root.acquire-lock-step.cart-query.validate-cart-items.validate-cart-payments"], "uuid": "01M8QAGCBYC0ETVX8Z8KPFGAJY", "depth": 3, "invoke": {"state": "done", "status": "ok"}, "attempts": 1, "failures": 0, "startedAt": 1796079109254, "compensate": {"state": "dormant", "status": "idle"}, "definition": {"uuid": "01M8QAGCBYC0ETVX8Z8KPFGAJY", "store": false, "action": "validate-cart-items", "noCompensation": true}, "stepFailed": false, "lastAttempt": 1796079109254, "saveResponse": true}, "_root.acquire-lock-step.cart-query.validate-cart-items.validate-cart-payments": {"_v": 0, "id": "_root.acquire-lock-step.cart-query.validate-cart-items.validate-cart-payments", "next": ["_root.acquire-lock-step.cart-query.validate-cart-items.validate-cart-payments.compensate-payment-if-needed"], "uuid": "01M8QAGCBY2YDQSCSCR6R6JECJ", "depth": 4, "invoke": {"state": "done", "status": "ok"}, "attempts": 1, "failures": 0, "startedAt": 1796079109256, "compensate": {"state": "dormant", "status": "idle"}, "definition": {"uuid": "01M8QAGCBY2YDQSCSCR6R6JECJ", "store": false, "action": "validate-cart-payments", "noCompensation": true}, "stepFailed": false, "lastAttempt": 1796079109256, "saveResponse": true}, "_root.acquire-lock-step.cart-query.validate-cart-items.validate-cart-payments.compensate-payment-if-needed": {"_v": 0, "id": "_root.acquire-lock-step.cart-query.validate-cart-items.validate-cart-payments.compensate-payment-if-needed", "next": ["_root.acquire-lock-step.cart-query.validate-cart-items.validate-cart-payments.compensate-payment-if-needed.validate"], "uuid": "01M8QAGCBY22Y626Y0QN6DNKR8", "depth": 5, "invoke": {"state": "done", "status": "ok"}, "attempts": 1, "failures": 0, "startedAt": 1796079109266, "compensate": {"state": "dormant", "status": "idle"}, "definition": {"uuid": "01M8QAGCBY22Y626Y0QN6DNKR8", "store": false, "action": "compensate-payment-if-needed", "noCompensation": false}, "stepFailed": false, "lastAttempt": 1796079109266, "saveResponse": true}, "_root.acquire-lock-step.cart-query.validate-cart-items.validate-cart-payments.compensate-payment-if-needed.validate": {"_v": 0, "id": "_root.acquire-lock-step.cart-query.validate-cart-items.validate-cart-payments.compensate-payment-if-needed.validate", "next": ["_root.acquire-lock-step.cart-query.validate-cart-items.validate-cart-payments.compensate-payment-if-needed.validate.shipping-options-query"], "uuid": "01M8QAGCBYK8KH48EKJH8R3PQG", "depth": 6, "invoke": {"state": "done", "status": "ok"}, "attempts": 1, "failures": 0, "startedAt": 1796079109268, "compensate": {"state": "dormant", "status": "idle"}, "definition": {"uuid": "01M8QAGCBYK8KH48EKJH8R3PQG", "store": false, "action": "validate", "noCompensation": false}, "stepFailed": false, "lastAttempt": 1796079109268, "saveResponse": true}, "_root.acquire-lock-step.cart-query.validate-cart-items.validate-cart-payments.compensate-payment-if-needed.validate.shipping-options-query": {"_v": 0, "id": "_root.acquire-lock-step.cart-query.validate-cart-items.validate-cart-payments.compensate-payment-if-needed.validate.shipping-options-query", "next": ["_root.acquire-lock-step.cart-query.validate-cart-items.validate-cart-payments.compensate-payment-if-needed.validate.shipping-options-query.validate-shipping"], "uuid": "01M8QAGCBYYMFJ85P1Z7DA4J2R", "depth": 7, "invoke": {"state": "done", "status": "ok"}, "attempts": 1, "failures": 0, "startedAt": 1796079109270, "compensate": {"state": "dormant", "status": "idle"}, "definition": {"uuid": "01M8QAGCBYYMFJ85P1Z7DA4J2R", "async": false, "store": false, "action": "shipping-options-query", "noCompensation": true, "compensateAsync": false}, "stepFailed": false, "lastAttempt": 1796079109270, "saveResponse": true}, "_root.acquire-lock-step.cart-query.validate-cart-items.validate-cart-payments.compensate-payment-if-needed.validate.shipping-options-query.validate-shipping": {"_v": 0, "id": "_root.acquire-lock-step.cart-query.validate-cart-items.validate-cart-payments.compensate-payment-if-needed.validate.shipping-options-query.validate-shipping", "next": ["_root.acquire-lock-step.cart-query.validate-cart-items.validate-cart-payments.compensate-payment-if-needed.validate.shipping-options-query.validate-shipping.create-orders"], "uuid": "01M8QAGCBY0245XDA7GFDDYHTV", "depth": 8, "invoke": {"state": "done", "status": "ok"}, "attempts": 1, "failures": 0, "startedAt": 1796079109275, "compensate": {"state": "dormant", "status": "idle"}, "definition": {"uuid": "01M8QAGCBY0245XDA7GFDDYHTV", "store": false, "action": "validate-shipping", "noCompensation": true}, "stepFailed": false, "lastAttempt": 1796079109275, "saveResponse": true}, "_root.acquire-lock-step.cart-query.validate-cart-items.validate-cart-payments.compensate-payment-if-needed.validate.shipping-options-query.validate-shipping.create-orders": {"_v": 0, "id": "_root.acquire-lock-step.cart-query.validate-cart-items.validate-cart-payments.compensate-payment-if-needed.validate.shipping-options-query.validate-shipping.create-orders", "next": ["_root.acquire-lock-step.cart-query.validate-cart-items.validate-cart-payments.compensate-payment-if-needed.validate.shipping-options-query.validate-shipping.create-orders.create-remote-links", "_root.acquire-lock-step.cart-query.validate-cart-items.validate-cart-payments.compensate-payment-if-needed.validate.shipping-options-query.validate-shipping.create-orders.update-carts", "_root.acquire-lock-step.cart-query.validate-cart-items.validate-cart-payments.compensate-payment-if-needed.validate.shipping-options-query.validate-shipping.create-orders.reserve-inventory-step", "_root.acquire-lock-step.cart-query.validate-cart-items.validate-cart-payments.compensate-payment-if-needed.validate.shipping-options-query.validate-shipping.create-orders.register-usage", "_root.acquire-lock-step.cart-query.validate-cart-items.validate-cart-payments.compensate-payment-if-needed.validate.shipping-options-query.validate-shipping.create-orders.emit-event-step"], "uuid": "01M8QAGCBYC7KGG0YEZT2MHFNV", "depth": 9, "invoke": {"state": "done", "status": "ok"}, "attempts": 1, "failures": 0, "startedAt": 1796079109277, "compensate": {"state": "dormant", "status": "idle"}, "definition": {"uuid": "01M8QAGCBYC7KGG0YEZT2MHFNV", "store": false, "action": "create-orders", "noCompensation": false}, "stepFailed": false, "lastAttempt": 1796079109277, "saveResponse": true}, "_root.acquire-lock-step.cart-query.validate-cart-items.validate-cart-payments.compensate-payment-if-needed.validate.shipping-options-query.validate-shipping.create-orders.update-carts": {"_v": 0, "id": "_root.acquire-lock-step.cart-query.validate-cart-items.validate-cart-payments.compensate-payment-if-needed.validate.shipping-options-query.validate-shipping.create-orders.update-carts", "next": [], "uuid": "01M8QAGCBY1XS51QPQG3V1DKPX", "depth": 10, "invoke": {"state": "done", "status": "ok"}, "attempts": 1, "failures": 0, "startedAt": 1796079109339, "compensate": {"state": "dormant", "status": "idle"}, "definition": {"uuid": "01M8QAGCBY1XS51QPQG3V1DKPX", "store": false, "action": "update-carts", "noCompensation": false}, "stepFailed": false, "lastAttempt": 1796079109339, "saveResponse": true}, "_root.acquire-lock-step.cart-query.validate-cart-items.validate-cart-payments.compensate-payment-if-needed.validate.shipping-options-query.validate-shipping.create-orders.register-usage": {"_v": 0, "id": "_root.acquire-lock-step.cart-query.validate-cart-items.validate-cart-payments.compensate-payment-if-needed.validate.shipping-options-query.validate-shipping.create-orders.register-usage", "next": [], "uuid": "01M8QAGCBYGX83VSRWQYPR816N", "depth": 10, "invoke": {"state": "done", "status": "ok"}, "attempts": 1, "failures": 0, "startedAt": 1796079109339, "compensate": {"state": "dormant", "status": "idle"}, "definition": {"uuid": "01M8QAGCBYGX83VSRWQYPR816N", "store": false, "action": "register-usage", "noCompensation": false}, "stepFailed": false, "lastAttempt": 1796079109339, "saveResponse": true}, "_root.acquire-lock-step.cart-query.validate-cart-items.validate-cart-payments.compensate-payment-if-needed.validate.shipping-options-query.validate-shipping.create-orders.emit-event-step": {"_v": 0, "id": "_root.acquire-lock-step.cart-query.validate-cart-items.validate-cart-payments.compensate-payment-if-needed.validate.shipping-options-query.validate-shipping.create-orders.emit-event-step", "next": ["_root.acquire-lock-step.cart-query.validate-cart-items.validate-cart-payments.compensate-payment-if-needed.validate.shipping-options-query.validate-shipping.create-orders.emit-event-step.emit-reservation-item-created"], "uuid": "01M8QAGCBYWJHPRXXMW7DH4KG6", "depth": 10, "invoke": {"state": "done", "status": "ok"}, "attempts": 1, "failures": 0, "startedAt": 1796079109339, "compensate": {"state": "dormant", "status": "idle"}, "definition": {"uuid": "01M8QAGCBYWJHPRXXMW7DH4KG6", "store": false, "action": "emit-event-step", "noCompensation": false}, "stepFailed": false, "lastAttempt": 1796079109339, "saveResponse": true}, "_root.acquire-lock-step.cart-query.validate-cart-items.validate-cart-payments.compensate-payment-if-needed.validate.shipping-options-query.validate-shipping.create-orders.create-remote-links": {"_v": 0, "id": "_root.acquire-lock-step.cart-query.validate-cart-items.validate-cart-payments.compensate-payment-if-needed.validate.shipping-options-query.validate-shipping.create-orders.create-remote-links", "next": [], "uuid": "01M8QAGCBYVHPYJHZT0MY84VEZ", "depth": 10, "invoke": {"state": "done", "status": "ok"}, "attempts": 1, "failures": 0, "startedAt": 1796079109339, "compensate": {"state": "dormant", "status": "idle"}, "definition": {"uuid": "01M8QAGCBYVHPYJHZT0MY84VEZ", "store": false, "action": "create-remote-links", "noCompensation": false}, "stepFailed": false, "lastAttempt": 1796079109339, "saveResponse": true}, "_root.acquire-lock-step.cart-query.validate-cart-items.validate-cart-payments.compensate-payment-if-needed.validate.shipping-options-query.validate-shipping.create-orders.reserve-inventory-step": {"_v": 0, "id": "_root.acquire-lock-step.cart-query.validate-cart-items.validate-cart-payments.compensate-payment-if-needed.validate.shipping-options-query.validate-shipping.create-orders.reserve-inventory-step", "next": [], "uuid": "01M8QAGCBYVMB7K029S7WWDDM4", "depth": 10, "invoke": {"state": "done", "status": "ok"}, "attempts": 1, "failures": 0, "startedAt": 1796079109339, "compensate": {"state": "dormant", "status": "idle"}, "definition": {"uuid": "01M8QAGCBYVMB7K029S7WWDDM4", "store": false, "action": "reserve-inventory-step", "noCompensation": false}, "stepFailed": false, "lastAttempt": 1796079109339, "saveResponse": true}, "_root.acquire-lock-step.cart-query.validate-cart-items.validate-cart-payments.compensate-payment-if-needed.validate.shipping-options-query.validate-shipping.create-orders.emit-event-step.emit-reservation-item-created": {"_v": 0, "id": "_root.acquire-lock-step.cart-query.validate-cart-items.validate-cart-payments.compensate-payment-if-needed.validate.shipping-options-query.validate-shipping.create-orders.emit-event-step.emit-reservation-item-created", "next": ["_root.acquire-lock-step.cart-query.validate-cart-items.validate-cart-payments.compensate-payment-if-needed.validate.shipping-options-query.validate-shipping.create-orders.emit-event-step.emit-reservation-item-created.beforePaymentAuthorization"], "uuid": "01M8QAGCBZ3QBKQWSVQPPEZ0R7", "depth": 11, "invoke": {"state": "done", "status": "ok"}, "attempts": 1, "failures": 0, "startedAt": 1796079109374, "compensate": {"state": "dormant", "status": "idle"}, "definition": {"uuid": "01M8QAGCBZ3QBKQWSVQPPEZ0R7", "async": false, "store": false, "action": "emit-reservation-item-created", "noCompensation": false, "compensateAsync": false}, "stepFailed": false, "lastAttempt": 1796079109374, "saveResponse": true}, "_root.acquire-lock-step.cart-query.validate-cart-items.validate-cart-payments.compensate-payment-if-needed.validate.shipping-options-query.validate-shipping.create-orders.emit-event-step.emit-reservation-item-created.beforePaymentAuthorization": {"_v": 0, "id": "_root.acquire-lock-step.cart-query.validate-cart-items.validate-cart-payments.compensate-payment-if-needed.validate.shipping-options-query.validate-shipping.create-orders.emit-event-step.emit-reservation-item-created.beforePaymentAuthorization", "next": ["_root.acquire-lock-step.cart-query.validate-cart-items.validate-cart-payments.compensate-payment-if-needed.validate.shipping-options-query.validate-shipping.create-orders.emit-event-step.emit-reservation-item-created.beforePaymentAuthorization.authorize-payment-session-step"], "uuid": "01M8QAGCBZXBN4TXHRGEJD46NK", "depth": 12, "invoke": {"state": "done", "status": "ok"}, "attempts": 1, "failures": 0, "startedAt": 1796079109375, "compensate": {"state": "dormant", "status": "idle"}, "definition": {"uuid": "01M8QAGCBZXBN4TXHRGEJD46NK", "store": false, "action": "beforePaymentAuthorization", "noCompensation": false}, "stepFailed": false, "lastAttempt": 1796079109375, "saveResponse": true}, "_root.acquire-lock-step.cart-query.validate-cart-items.validate-cart-payments.compensate-payment-if-needed.validate.shipping-options-query.validate-shipping.create-orders.emit-event-step.emit-reservation-item-created.beforePaymentAuthorization.authorize-payment-session-step": {"_v": 0, "id": "_root.acquire-lock-step.cart-query.validate-cart-items.validate-cart-payments.compensate-payment-if-needed.validate.shipping-options-query.validate-shipping.create-orders.emit-event-step.emit-reservation-item-created.beforePaymentAuthorization.authorize-payment-session-step", "next": ["_root.acquire-lock-step.cart-query.validate-cart-items.validate-cart-payments.compensate-payment-if-needed.validate.shipping-options-query.validate-shipping.create-orders.emit-event-step.emit-reservation-item-created.beforePaymentAuthorization.authorize-payment-session-step.add-order-transaction"], "uuid": "01M8QAGCBZJJMYJR4K5FJ02R7M", "depth": 13, "invoke": {"state": "done", "status": "ok"}, "attempts": 1, "failures": 0, "startedAt": 1796079109377, "compensate": {"state": "dormant", "status": "idle"}, "definition": {"uuid": "01M8QAGCBZJJMYJR4K5FJ02R7M", "store": false, "action": "authorize-payment-session-step", "noCompensation": false}, "stepFailed": false, "lastAttempt": 1796079109377, "saveResponse": true}, "_root.acquire-lock-step.cart-query.validate-cart-items.validate-cart-payments.compensate-payment-if-needed.validate.shipping-options-query.validate-shipping.create-orders.emit-event-step.emit-reservation-item-created.beforePaymentAuthorization.authorize-payment-session-step.add-order-transaction": {"_v": 0, "id": "_root.acquire-lock-step.cart-query.validate-cart-items.validate-cart-payments.compensate-payment-if-needed.validate.shipping-options-query.validate-shipping.create-orders.emit-event-step.emit-reservation-item-created.beforePaymentAuthorization.authorize-payment-session-step.add-order-transaction", "next": ["_root.acquire-lock-step.cart-query.validate-cart-items.validate-cart-payments.compensate-payment-if-needed.validate.shipping-options-query.validate-shipping.create-orders.emit-event-step.emit-reservation-item-created.beforePaymentAuthorization.authorize-payment-session-step.add-order-transaction.orderCreated"], "uuid": "01M8QAGCBZZXBMPH08FZ7RJWMN", "depth": 14, "invoke": {"state": "done", "status": "ok"}, "attempts": 1, "failures": 0, "startedAt": 1796079109431, "compensate": {"state": "dormant", "status": "idle"}, "definition": {"uuid": "01M8QAGCBZZXBMPH08FZ7RJWMN", "store": false, "action": "add-order-transaction", "noCompensation": false}, "stepFailed": false, "lastAttempt": 1796079109431, "saveResponse": true}, "_root.acquire-lock-step.cart-query.validate-cart-items.validate-cart-payments.compensate-payment-if-needed.validate.shipping-options-query.validate-shipping.create-orders.emit-event-step.emit-reservation-item-created.beforePaymentAuthorization.authorize-payment-session-step.add-order-transaction.orderCreated": {"_v": 0, "id": "_root.acquire-lock-step.cart-query.validate-cart-items.validate-cart-payments.compensate-payment-if-needed.validate.shipping-options-query.validate-shipping.create-orders.emit-event-step.emit-reservation-item-created.beforePaymentAuthorization.authorize-payment-session-step.add-order-transaction.orderCreated", "next": ["_root.acquire-lock-step.cart-query.validate-cart-items.validate-cart-payments.compensate-payment-if-needed.validate.shipping-options-query.validate-shipping.create-orders.emit-event-step.emit-reservation-item-created.beforePaymentAuthorization.authorize-payment-session-step.add-order-transaction.orderCreated.create-order"], "uuid": "01M8QAGCBZNPCGR9G79N9TMA2D", "depth": 15, "invoke": {"state": "done", "status": "ok"}, "attempts": 1, "failures": 0, "startedAt": 1796079109433, "compensate": {"state": "dormant", "status": "idle"}, "definition": {"uuid": "01M8QAGCBZNPCGR9G79N9TMA2D", "store": false, "action": "orderCreated", "noCompensation": false}, "stepFailed": false, "lastAttempt": 1796079109433, "saveResponse": true}, "_root.acquire-lock-step.cart-query.validate-cart-items.validate-cart-payments.compensate-payment-if-needed.validate.shipping-options-query.validate-shipping.create-orders.emit-event-step.emit-reservation-item-created.beforePaymentAuthorization.authorize-payment-session-step.add-order-transaction.orderCreated.create-order": {"_v": 0, "id": "_root.acquire-lock-step.cart-query.validate-cart-items.validate-cart-payments.compensate-payment-if-needed.validate.shipping-options-query.validate-shipping.create-orders.emit-event-step.emit-reservation-item-created.beforePaymentAuthorization.authorize-payment-session-step.add-order-transaction.orderCreated.create-order", "next": ["_root.acquire-lock-step.cart-query.validate-cart-items.validate-cart-payments.compensate-payment-if-needed.validate.shipping-options-query.validate-shipping.create-orders.emit-event-step.emit-reservation-item-created.beforePaymentAuthorization.authorize-payment-session-step.add-order-transaction.orderCreated.create-order.release-lock-step"], "uuid": "01M8QAGCBZQ3GY6F4225A8BZX0", "depth": 16, "invoke": {"state": "done", "status": "ok"}, "attempts": 1, "failures": 0, "startedAt": 1796079109435, "compensate": {"state": "dormant", "status": "idle"}, "definition": {"uuid": "01M8QAGCBZQ3GY6F4225A8BZX0", "store": false, "action": "create-order", "noCompensation": true}, "stepFailed": false, "lastAttempt": 1796079109435, "saveResponse": true}, "_root.acquire-lock-step.cart-query.validate-cart-items.validate-cart-payments.compensate-payment-if-needed.validate.shipping-options-query.validate-shipping.create-orders.emit-event-step.emit-reservation-item-created.beforePaymentAuthorization.authorize-payment-session-step.add-order-transaction.orderCreated.create-order.release-lock-step": {"_v": 0, "id": "_root.acquire-lock-step.cart-query.validate-cart-items.validate-cart-payments.compensate-payment-if-needed.validate.shipping-options-query.validate-shipping.create-orders.emit-event-step.emit-reservation-item-created.beforePaymentAuthorization.authorize-payment-session-step.add-order-transaction.orderCreated.create-order.release-lock-step", "next": [], "uuid": "01M8QAGCBZK129F2WBM50YS9DD", "depth": 17, "invoke": {"state": "done", "status": "ok"}, "attempts": 1, "failures": 0, "startedAt": 1796079109436, "compensate": {"state": "dormant", "status": "idle"}, "definition": {"uuid": "01M8QAGCBZK129F2WBM50YS9DD", "store": false, "action": "release-lock-step", "noCompensation": true}, "stepFailed": false, "lastAttempt": 1796079109436, "saveResponse": true}}, "modelId": "complete-cart", "options": {"name": "complete-cart", "store": true, "idempotent": false, "retentionTime": 259200}, "metadata": {"sourcePath": "/tmp/pgrec-medusa-7babace7d156/node_modules/@medusajs/core-flows/dist/cart/workflows/complete-cart.js", "eventGroupId": "01M8QAGH1KTR7DVJQ19FQW8ETA"}, "startedAt": 1796079109192, "definition": {"next": [{"uuid": "01M8QAGCBY87FHD6T0188BQHNX", "action": "use-query-graph-step", "noCompensation": true}, {"next": {"next": {"next": {"next": {"next": {"next": {"next": {"next": [{"uuid": "01M8QAGCBYVHPYJHZT0MY84VEZ", "action": "create-remote-links", "noCompensation": false}, {"uuid": "01M8QAGCBY1XS51QPQG3V1DKPX", "action": "update-carts", "noCompensation": false}, {"uuid": "01M8QAGCBYVMB7K029S7WWDDM4", "action": "reserve-inventory-step", "noCompensation": false}, {"uuid": "01M8QAGCBYGX83VSRWQYPR816N", "action": "register-usage", "noCompensation": false}, {"next": {"next": {"next": {"next": {"next": {"next": {"next": {"uuid": "01M8QAGCBZK129F2WBM50YS9DD", "action": "release-lock-step", "noCompensation": true}, "uuid": "01M8QAGCBZQ3GY6F4225A8BZX0", "action": "create-order", "noCompensation": true}, "uuid": "01M8QAGCBZNPCGR9G79N9TMA2D", "action": "orderCreated", "noCompensation": false}, "uuid": "01M8QAGCBZZXBMPH08FZ7RJWMN", "action": "add-order-transaction", "noCompensation": false}, "uuid": "01M8QAGCBZJJMYJR4K5FJ02R7M", "action": "authorize-payment-session-step", "noCompensation": false}, "uuid": "01M8QAGCBZXBN4TXHRGEJD46NK", "action": "beforePaymentAuthorization", "noCompensation": false}, "uuid": "01M8QAGCBZ3QBKQWSVQPPEZ0R7", "async": false, "action": "emit-reservation-item-created", "noCompensation": false, "compensateAsync": false}, "uuid": "01M8QAGCBYWJHPRXXMW7DH4KG6", "action": "emit-event-step", "noCompensation": false}], "uuid": "01M8QAGCBYC7KGG0YEZT2MHFNV", "action": "create-orders", "noCompensation": false}, "uuid": "01M8QAGCBY0245XDA7GFDDYHTV", "action": "validate-shipping", "noCompensation": true}, "uuid": "01M8QAGCBYYMFJ85P1Z7DA4J2R", "async": false, "action": "shipping-options-query", "noCompensation": true, "compensateAsync": false}, "uuid": "01M8QAGCBYK8KH48EKJH8R3PQG", "action": "validate", "noCompensation": false}, "uuid": "01M8QAGCBY22Y626Y0QN6DNKR8", "action": "compensate-payment-if-needed", "noCompensation": false}, "uuid": "01M8QAGCBY2YDQSCSCR6R6JECJ", "action": "validate-cart-payments", "noCompensation": true}, "uuid": "01M8QAGCBYC0ETVX8Z8KPFGAJY", "action": "validate-cart-items", "noCompensation": true}, "uuid": "01M8QAGCBYW8H2K6AM2H17B9Y1", "async": false, "action": "cart-query", "noCompensation": true, "compensateAsync": false}], "uuid": "01M8QAGCBYC6R38QZPHMQ1FAJS", "action": "acquire-lock-step", "noCompensation": false}, "timedOutAt": null, "hasAsyncSteps": false, "transactionId": "auto-01M8QAGH1KTR7DVJQ19FQW8ETA", "hasFailedSteps": false, "hasSkippedSteps": false, "hasWaitingSteps": false, "hasRevertedSteps": false, "hasSkippedOnFailureSteps": false}	{"data": {"invoke": {"validate": {"__type": "Symbol(WorkflowWorkflowData)", "output": {"__type": "Symbol(WorkflowStepResponse)"}}, "cart-query": {"__type": "Symbol(WorkflowWorkflowData)", "output": {"__type": "Symbol(WorkflowStepResponse)", "output": {"data": {"id": "cart_01M8QAGG8TCE9KF1Y5MCRRB896", "email": "jane@example.com", "items": [{"id": "cali_01M8QAGG8WY16Z8NM78HFA12DF", "title": "Medusa T-Shirt", "total": 12, "cart_id": "cart_01M8QAGG8TCE9KF1Y5MCRRB896", "variant": {"id": "variant_01M8QAGFT0DYB6H3YKBYVT5SS0", "product": {"id": "prod_01M8QAGFP09QY62T7XXWT3H43P", "is_giftcard": false, "shipping_profile": {"id": "sp_01M8QAG92NYHFPCVHB98JZYMBV"}}, "product_id": "prod_01M8QAGFP09QY62T7XXWT3H43P", "allow_backorder": false, "inventory_items": [], "manage_inventory": false}, "metadata": {}, "quantity": 1, "subtitle": "M / White", "subtotal": 12, "raw_total": {"value": "12", "precision": 20}, "tax_lines": [], "tax_total": 0, "thumbnail": "https://medusa-public-images.s3.eu-west-1.amazonaws.com/tee-black-front.png", "created_at": "2026-11-30T22:51:48.381Z", "deleted_at": null, "product_id": "prod_01M8QAGFP09QY62T7XXWT3H43P", "unit_price": 12, "updated_at": "2026-11-30T22:51:48.381Z", "variant_id": "variant_01M8QAGFT0DYB6H3YKBYVT5SS0", "adjustments": [], "is_giftcard": false, "variant_sku": "SHIRT-M-White", "product_type": "Shirt", "raw_subtotal": {"value": "12", "precision": 20}, "product_title": "Medusa T-Shirt", "raw_tax_total": {"value": "0", "precision": 20}, "variant_title": "M / White", "discount_total": 0, "original_total": 12, "product_handle": "t-shirt", "raw_unit_price": {"value": "12", "precision": 20}, "is_custom_price": false, "is_discountable": true, "product_type_id": "ptyp_01M8QAGFNE1A58QKDAA7SJ13VS", "variant_barcode": null, "is_tax_inclusive": false, "product_subtitle": null, "discount_subtotal": 0, "original_subtotal": 12, "requires_shipping": true, "discount_tax_total": 0, "original_tax_total": 0, "product_collection": "Summer", "raw_discount_total": {"value": "0", "precision": 20}, "raw_original_total": {"value": "12", "precision": 20}, "product_description": "Cotton tee", "compare_at_unit_price": 15, "raw_discount_subtotal": {"value": "0", "precision": 20}, "raw_original_subtotal": {"value": "12", "precision": 20}, "variant_option_values": null, "raw_discount_tax_total": {"value": "0", "precision": 20}, "raw_original_tax_total": {"value": "0", "precision": 20}, "raw_compare_at_unit_price": {"value": "15", "precision": 20}}, {"id": "cali_01M8QAGG8W4XTK5ZSBMP2GJSGN", "title": "Medusa Cap", "total": 25.5, "cart_id": "cart_01M8QAGG8TCE9KF1Y5MCRRB896", "variant": {"id": "variant_01M8QAGFT0CM5J737PGHDYCMFZ", "product": {"id": "prod_01M8QAGFP0XF5VWYN4PSG2XN43", "is_giftcard": false, "shipping_profile": {"id": "sp_01M8QAG92NYHFPCVHB98JZYMBV"}}, "product_id": "prod_01M8QAGFP0XF5VWYN4PSG2XN43", "allow_backorder": false, "inventory_items": [], "manage_inventory": false}, "metadata": {}, "quantity": 3, "subtitle": "One Size", "subtotal": 25.5, "raw_total": {"value": "25.5", "precision": 20}, "tax_lines": [], "tax_total": 0, "thumbnail": null, "created_at": "2026-11-30T22:51:48.381Z", "deleted_at": null, "product_id": "prod_01M8QAGFP0XF5VWYN4PSG2XN43", "unit_price": 8.5, "updated_at": "2026-11-30T22:51:48.381Z", "variant_id": "variant_01M8QAGFT0CM5J737PGHDYCMFZ", "adjustments": [], "is_giftcard": false, "variant_sku": "CAP-OS", "product_type": null, "raw_subtotal": {"value": "25.5", "precision": 20}, "product_title": "Medusa Cap", "raw_tax_total": {"value": "0", "precision": 20}, "variant_title": "One Size", "discount_total": 0, "original_total": 25.5, "product_handle": "cap", "raw_unit_price": {"value": "8.5", "precision": 20}, "is_custom_price": false, "is_discountable": true, "product_type_id": null, "variant_barcode": null, "is_tax_inclusive": false, "product_subtitle": null, "discount_subtotal": 0, "original_subtotal": 25.5, "requires_shipping": true, "discount_tax_total": 0, "original_tax_total": 0, "product_collection": null, "raw_discount_total": {"value": "0", "precision": 20}, "raw_original_total": {"value": "25.5", "precision": 20}, "product_description": null, "compare_at_unit_price": null, "raw_discount_subtotal": {"value": "0", "precision": 20}, "raw_original_subtotal": {"value": "25.5", "precision": 20}, "variant_option_values": null, "raw_discount_tax_total": {"value": "0", "precision": 20}, "raw_original_tax_total": {"value": "0", "precision": 20}, "raw_compare_at_unit_price": null}], "total": 47.5, "locale": null, "region": {"id": "reg_01M8QAGFD84VDR2WS9CQ3YDACQ", "name": "Europe", "metadata": null, "created_at": "2026-11-30T22:51:47.504Z", "deleted_at": null, "updated_at": "2026-11-30T22:51:47.504Z", "currency_code": "eur", "automatic_taxes": true}, "customer": {"id": "cus_01M8QAGFXND5MAX6VCFG6QNXWP", "email": "jane@example.com", "phone": "+49 30 1234", "metadata": null, "last_name": "Doe", "created_at": "2026-11-30T22:51:48.021Z", "created_by": null, "deleted_at": null, "first_name": "Jane", "updated_at": "2026-11-30T22:51:48.021Z", "has_account": false, "company_name": null}, "metadata": null, "subtotal": 47.5, "raw_total": {"value": "47.5", "precision": 20}, "region_id": "reg_01M8QAGFD84VDR2WS9CQ3YDACQ", "tax_total": 0, "created_at": "2026-11-30T22:51:48.381Z", "item_total": 37.5, "promotions": [], "updated_at": "2026-11-30T22:51:48.381Z", "customer_id": "cus_01M8QAGFXND5MAX6VCFG6QNXWP", "completed_at": null, "credit_lines": [], "raw_subtotal": {"value": "47.5", "precision": 20}, "currency_code": "eur", "item_subtotal": 37.5, "raw_tax_total": {"value": "0", "precision": 20}, "discount_total": 0, "item_tax_total": 0, "original_total": 47.5, "raw_item_total": {"value": "37.5", "precision": 20}, "shipping_total": 10, "billing_address": {"id": "caaddr_01M8QAGG8VMZ3VHB372YZBDRTA", "city": "Berlin", "phone": null, "company": null, "metadata": null, "province": null, "address_1": "Unter den Linden 1", "address_2": null, "last_name": "Doe", "created_at": "2026-11-30T22:51:48.381Z", "deleted_at": null, "first_name": "Jane", "updated_at": "2026-11-30T22:51:48.381Z", "customer_id": null, "postal_code": "10117", "country_code": "de"}, "sales_channel_id": "sc_01M8QAGFCR2QQZY0RXK41BKZDK", "shipping_address": {"id": "caaddr_01M8QAGG8V4C8FHE7FK1HW4BFW", "city": "Berlin", "phone": null, "company": null, "metadata": null, "province": null, "address_1": "Unter den Linden 1", "address_2": null, "last_name": "Doe", "created_at": "2026-11-30T22:51:48.381Z", "deleted_at": null, "first_name": "Jane", "updated_at": "2026-11-30T22:51:48.381Z", "customer_id": null, "postal_code": "10117", "country_code": "de"}, "shipping_methods": [{"id": "casm_01M8QAGGJXMZSYZJE90873WR5Y", "data": {}, "name": "Standard Shipping", "total": 10, "amount": 10, "cart_id": "cart_01M8QAGG8TCE9KF1Y5MCRRB896", "metadata": null, "subtotal": 10, "raw_total": {"value": "10", "precision": 20}, "tax_lines": [], "tax_total": 0, "created_at": "2026-11-30T22:51:48.701Z", "deleted_at": null, "raw_amount": {"value": "10", "precision": 20}, "updated_at": "2026-11-30T22:51:48.701Z", "adjustments": [], "description": null, "raw_subtotal": {"value": "10", "precision": 20}, "raw_tax_total": {"value": "0", "precision": 20}, "discount_total": 0, "original_total": 10, "is_tax_inclusive": false, "discount_subtotal": 0, "original_subtotal": 10, "discount_tax_total": 0, "original_tax_total": 0, "raw_discount_total": {"value": "0", "precision": 20}, "raw_original_total": {"value": "10", "precision": 20}, "shipping_option_id": "so_01M8QAGFJXB6H08B6ZMKE3512V", "raw_discount_subtotal": {"value": "0", "precision": 20}, "raw_original_subtotal": {"value": "10", "precision": 20}, "raw_discount_tax_total": {"value": "0", "precision": 20}, "raw_original_tax_total": {"value": "0", "precision": 20}}], "raw_item_subtotal": {"value": "37.5", "precision": 20}, "shipping_subtotal": 10, "discount_tax_total": 0, "original_tax_total": 0, "payment_collection": {"id": "pay_col_01M8QAGGZGMZWWY1GFE8ZQZEF2", "amount": 47.5, "status": "not_paid", "metadata": null, "created_at": "2026-11-30T22:51:49.105Z", "deleted_at": null, "raw_amount": {"value": "47.5", "precision": 20}, "updated_at": "2026-11-30T22:51:49.105Z", "completed_at": null, "currency_code": "eur", "captured_amount": null, "refunded_amount": null, "payment_sessions": [{"id": "payses_01M8QAGH17Z7X37A50RE6TJ5ER", "data": {}, "amount": 47.5, "status": "pending", "context": {}, "payment": null, "metadata": {}, "created_at": "2026-11-30T22:51:49.159Z", "deleted_at": null, "raw_amount": {"value": "47.5", "precision": 20}, "updated_at": "2026-11-30T22:51:49.159Z", "provider_id": "pp_system_default", "authorized_at": null, "currency_code": "eur", "payment_collection_id": "pay_col_01M8QAGGZGMZWWY1GFE8ZQZEF2"}], "authorized_amount": null, "raw_captured_amount": null, "raw_refunded_amount": null, "raw_authorized_amount": null}, "raw_discount_total": {"value": "0", "precision": 20}, "raw_item_tax_total": {"value": "0", "precision": 20}, "raw_original_total": {"value": "47.5", "precision": 20}, "raw_shipping_total": {"value": "10", "precision": 20}, "shipping_tax_total": 0, "original_item_total": 37.5, "raw_shipping_subtotal": {"value": "10", "precision": 20}, "original_item_subtotal": 37.5, "raw_discount_tax_total": {"value": "0", "precision": 20}, "raw_original_tax_total": {"value": "0", "precision": 20}, "raw_shipping_tax_total": {"value": "0", "precision": 20}, "original_item_tax_total": 0, "original_shipping_total": 10, "raw_original_item_total": {"value": "37.5", "precision": 20}, "original_shipping_subtotal": 10, "raw_original_item_subtotal": {"value": "37.5", "precision": 20}, "original_shipping_tax_total": 0, "raw_original_item_tax_total": {"value": "0", "precision": 20}, "raw_original_shipping_total": {"value": "10", "precision": 20}, "raw_original_shipping_subtotal": {"value": "10", "precision": 20}, "raw_original_shipping_tax_total": {"value": "0", "precision": 20}}}, "compensateInput": {"data": {"id": "cart_01M8QAGG8TCE9KF1Y5MCRRB896", "email": "jane@example.com", "items": [{"id": "cali_01M8QAGG8WY16Z8NM78HFA12DF", "title": "Medusa T-Shirt", "total": 12, "cart_id": "cart_01M8QAGG8TCE9KF1Y5MCRRB896", "variant": {"id": "variant_01M8QAGFT0DYB6H3YKBYVT5SS0", "product": {"id": "prod_01M8QAGFP09QY62T7XXWT3H43P", "is_giftcard": false, "shipping_profile": {"id": "sp_01M8QAG92NYHFPCVHB98JZYMBV"}}, "product_id": "prod_01M8QAGFP09QY62T7XXWT3H43P", "allow_backorder": false, "inventory_items": [], "manage_inventory": false}, "metadata": {}, "quantity": 1, "subtitle": "M / White", "subtotal": 12, "raw_total": {"value": "12", "precision": 20}, "tax_lines": [], "tax_total": 0, "thumbnail": "https://medusa-public-images.s3.eu-west-1.amazonaws.com/tee-black-front.png", "created_at": "2026-11-30T22:51:48.381Z", "deleted_at": null, "product_id": "prod_01M8QAGFP09QY62T7XXWT3H43P", "unit_price": 12, "updated_at": "2026-11-30T22:51:48.381Z", "variant_id": "variant_01M8QAGFT0DYB6H3YKBYVT5SS0", "adjustments": [], "is_giftcard": false, "variant_sku": "SHIRT-M-White", "product_type": "Shirt", "raw_subtotal": {"value": "12", "precision": 20}, "product_title": "Medusa T-Shirt", "raw_tax_total": {"value": "0", "precision": 20}, "variant_title": "M / White", "discount_total": 0, "original_total": 12, "product_handle": "t-shirt", "raw_unit_price": {"value": "12", "precision": 20}, "is_custom_price": false, "is_discountable": true, "product_type_id": "ptyp_01M8QAGFNE1A58QKDAA7SJ13VS", "variant_barcode": null, "is_tax_inclusive": false, "product_subtitle": null, "discount_subtotal": 0, "original_subtotal": 12, "requires_shipping": true, "discount_tax_total": 0, "original_tax_total": 0, "product_collection": "Summer", "raw_discount_total": {"value": "0", "precision": 20}, "raw_original_total": {"value": "12", "precision": 20}, "product_description": "Cotton tee", "compare_at_unit_price": 15, "raw_discount_subtotal": {"value": "0", "precision": 20}, "raw_original_subtotal": {"value": "12", "precision": 20}, "variant_option_values": null, "raw_discount_tax_total": {"value": "0", "precision": 20}, "raw_original_tax_total": {"value": "0", "precision": 20}, "raw_compare_at_unit_price": {"value": "15", "precision": 20}}, {"id": "cali_01M8QAGG8W4XTK5ZSBMP2GJSGN", "title": "Medusa Cap", "total": 25.5, "cart_id": "cart_01M8QAGG8TCE9KF1Y5MCRRB896", "variant": {"id": "variant_01M8QAGFT0CM5J737PGHDYCMFZ", "product": {"id": "prod_01M8QAGFP0XF5VWYN4PSG2XN43", "is_giftcard": false, "shipping_profile": {"id": "sp_01M8QAG92NYHFPCVHB98JZYMBV"}}, "product_id": "prod_01M8QAGFP0XF5VWYN4PSG2XN43", "allow_backorder": false, "inventory_items": [], "manage_inventory": false}, "metadata": {}, "quantity": 3, "subtitle": "One Size", "subtotal": 25.5, "raw_total": {"value": "25.5", "precision": 20}, "tax_lines": [], "tax_total": 0, "thumbnail": null, "created_at": "2026-11-30T22:51:48.381Z", "deleted_at": null, "product_id": "prod_01M8QAGFP0XF5VWYN4PSG2XN43", "unit_price": 8.5, "updated_at": "2026-11-30T22:51:48.381Z", "variant_id": "variant_01M8QAGFT0CM5J737PGHDYCMFZ", "adjustments": [], "is_giftcard": false, "variant_sku": "CAP-OS", "product_type": null, "raw_subtotal": {"value": "25.5", "precision": 20}, "product_title": "Medusa Cap", "raw_tax_total": {"value": "0", "precision": 20}, "variant_title": "One Size", "discount_total": 0, "original_total": 25.5, "product_handle": "cap", "raw_unit_price": {"value": "8.5", "precision": 20}, "is_custom_price": false, "is_discountable": true, "product_type_id": null, "variant_barcode": null, "is_tax_inclusive": false, "product_subtitle": null, "discount_subtotal": 0, "original_subtotal": 25.5, "requires_shipping": true, "discount_tax_total": 0, "original_tax_total": 0, "product_collection": null, "raw_discount_total": {"value": "0", "precision": 20}, "raw_original_total": {"value": "25.5", "precision": 20}, "product_description": null, "compare_at_unit_price": null, "raw_discount_subtotal": {"value": "0", "precision": 20}, "raw_original_subtotal": {"value": "25.5", "precision": 20}, "variant_option_values": null, "raw_discount_tax_total": {"value": "0", "precision": 20}, "raw_original_tax_total": {"value": "0", "precision": 20}, "raw_compare_at_unit_price": null}], "total": 47.5, "locale": null, "region": {"id": "reg_01M8QAGFD84VDR2WS9CQ3YDACQ", "name": "Europe", "metadata": null, "created_at": "2026-11-30T22:51:47.504Z", "deleted_at": null, "updated_at": "2026-11-30T22:51:47.504Z", "currency_code": "eur", "automatic_taxes": true}, "customer": {"id": "cus_01M8QAGFXND5MAX6VCFG6QNXWP", "email": "jane@example.com", "phone": "+49 30 1234", "metadata": null, "last_name": "Doe", "created_at": "2026-11-30T22:51:48.021Z", "created_by": null, "deleted_at": null, "first_name": "Jane", "updated_at": "2026-11-30T22:51:48.021Z", "has_account": false, "company_name": null}, "metadata": null, "subtotal": 47.5, "raw_total": {"value": "47.5", "precision": 20}, "region_id": "reg_01M8QAGFD84VDR2WS9CQ3YDACQ", "tax_total": 0, "created_at": "2026-11-30T22:51:48.381Z", "item_total": 37.5, "promotions": [], "updated_at": "2026-11-30T22:51:48.381Z", "customer_id": "cus_01M8QAGFXND5MAX6VCFG6QNXWP", "completed_at": null, "credit_lines": [], "raw_subtotal": {"value": "47.5", "precision": 20}, "currency_code": "eur", "item_subtotal": 37.5, "raw_tax_total": {"value": "0", "precision": 20}, "discount_total": 0, "item_tax_total": 0, "original_total": 47.5, "raw_item_total": {"value": "37.5", "precision": 20}, "shipping_total": 10, "billing_address": {"id": "caaddr_01M8QAGG8VMZ3VHB372YZBDRTA", "city": "Berlin", "phone": null, "company": null, "metadata": null, "province": null, "address_1": "Unter den Linden 1", "address_2": null, "last_name": "Doe", "created_at": "2026-11-30T22:51:48.381Z", "deleted_at": null, "first_name": "Jane", "updated_at": "2026-11-30T22:51:48.381Z", "customer_id": null, "postal_code": "10117", "country_code": "de"}, "sales_channel_id": "sc_01M8QAGFCR2QQZY0RXK41BKZDK", "shipping_address": {"id": "caaddr_01M8QAGG8V4C8FHE7FK1HW4BFW", "city": "Berlin", "phone": null, "company": null, "metadata": null, "province": null, "address_1": "Unter den Linden 1", "address_2": null, "last_name": "Doe", "created_at": "2026-11-30T22:51:48.381Z", "deleted_at": null, "first_name": "Jane", "updated_at": "2026-11-30T22:51:48.381Z", "customer_id": null, "postal_code": "10117", "country_code": "de"}, "shipping_methods": [{"id": "casm_01M8QAGGJXMZSYZJE90873WR5Y", "data": {}, "name": "Standard Shipping", "total": 10, "amount": 10, "cart_id": "cart_01M8QAGG8TCE9KF1Y5MCRRB896", "metadata": null, "subtotal": 10, "raw_total": {"value": "10", "precision": 20}, "tax_lines": [], "tax_total": 0, "created_at": "2026-11-30T22:51:48.701Z", "deleted_at": null, "raw_amount": {"value": "10", "precision": 20}, "updated_at": "2026-11-30T22:51:48.701Z", "adjustments": [], "description": null, "raw_subtotal": {"value": "10", "precision": 20}, "raw_tax_total": {"value": "0", "precision": 20}, "discount_total": 0, "original_total": 10, "is_tax_inclusive": false, "discount_subtotal": 0, "original_subtotal": 10, "discount_tax_total": 0, "original_tax_total": 0, "raw_discount_total": {"value": "0", "precision": 20}, "raw_original_total": {"value": "10", "precision": 20}, "shipping_option_id": "so_01M8QAGFJXB6H08B6ZMKE3512V", "raw_discount_subtotal": {"value": "0", "precision": 20}, "raw_original_subtotal": {"value": "10", "precision": 20}, "raw_discount_tax_total": {"value": "0", "precision": 20}, "raw_original_tax_total": {"value": "0", "precision": 20}}], "raw_item_subtotal": {"value": "37.5", "precision": 20}, "shipping_subtotal": 10, "discount_tax_total": 0, "original_tax_total": 0, "payment_collection": {"id": "pay_col_01M8QAGGZGMZWWY1GFE8ZQZEF2", "amount": 47.5, "status": "not_paid", "metadata": null, "created_at": "2026-11-30T22:51:49.105Z", "deleted_at": null, "raw_amount": {"value": "47.5", "precision": 20}, "updated_at": "2026-11-30T22:51:49.105Z", "completed_at": null, "currency_code": "eur", "captured_amount": null, "refunded_amount": null, "payment_sessions": [{"id": "payses_01M8QAGH17Z7X37A50RE6TJ5ER", "data": {}, "amount": 47.5, "status": "pending", "context": {}, "payment": null, "metadata": {}, "created_at": "2026-11-30T22:51:49.159Z", "deleted_at": null, "raw_amount": {"value": "47.5", "precision": 20}, "updated_at": "2026-11-30T22:51:49.159Z", "provider_id": "pp_system_default", "authorized_at": null, "currency_code": "eur", "payment_collection_id": "pay_col_01M8QAGGZGMZWWY1GFE8ZQZEF2"}], "authorized_amount": null, "raw_captured_amount": null, "raw_refunded_amount": null, "raw_authorized_amount": null}, "raw_discount_total": {"value": "0", "precision": 20}, "raw_item_tax_total": {"value": "0", "precision": 20}, "raw_original_total": {"value": "47.5", "precision": 20}, "raw_shipping_total": {"value": "10", "precision": 20}, "shipping_tax_total": 0, "original_item_total": 37.5, "raw_shipping_subtotal": {"value": "10", "precision": 20}, "original_item_subtotal": 37.5, "raw_discount_tax_total": {"value": "0", "precision": 20}, "raw_original_tax_total": {"value": "0", "precision": 20}, "raw_shipping_tax_total": {"value": "0", "precision": 20}, "original_item_tax_total": 0, "original_shipping_total": 10, "raw_original_item_total": {"value": "37.5", "precision": 20}, "original_shipping_subtotal": 10, "raw_original_item_subtotal": {"value": "37.5", "precision": 20}, "original_shipping_tax_total": 0, "raw_original_item_tax_total": {"value": "0", "precision": 20}, "raw_original_shipping_total": {"value": "10", "precision": 20}, "raw_original_shipping_subtotal": {"value": "10", "precision": 20}, "raw_original_shipping_tax_total": {"value": "0", "precision": 20}}}}}, "create-order": {"__type": "Symbol(WorkflowWorkflowData)", "output": {"__type": "Symbol(WorkflowStepResponse)", "output": {"id": "order_01M8QAGH542D62TH6802GVF294", "email": "jane@example.com", "items": [{"id": "ordli_01M8QAGH55JPEASB8JNKVERA57", "title": "Medusa Cap", "total": 25.5, "detail": {"id": "orditem_01M8QAGH56RPPAQV40QS401HR7", "item_id": "ordli_01M8QAGH55JPEASB8JNKVERA57", "version": 1, "metadata": {}, "order_id": "order_01M8QAGH542D62TH6802GVF294", "quantity": 3, "created_at": "2026-11-30T22:51:49.291Z", "deleted_at": null, "unit_price": null, "updated_at": "2026-11-30T22:51:49.291Z", "raw_quantity": {"value": "3", "precision": 20}, "raw_unit_price": null, "shipped_quantity": 0, "delivered_quantity": 0, "fulfilled_quantity": 0, "raw_shipped_quantity": {"value": "0", "precision": 20}, "written_off_quantity": 0, "compare_at_unit_price": null, "raw_delivered_quantity": {"value": "0", "precision": 20}, "raw_fulfilled_quantity": {"value": "0", "precision": 20}, "raw_written_off_quantity": {"value": "0", "precision": 20}, "return_received_quantity": 0, "raw_compare_at_unit_price": null, "return_dismissed_quantity": 0, "return_requested_quantity": 0, "raw_return_received_quantity": {"value": "0", "precision": 20}, "raw_return_dismissed_quantity": {"value": "0", "precision": 20}, "raw_return_requested_quantity": {"value": "0", "precision": 20}}, "metadata": {}, "quantity": 3, "subtitle": "One Size", "subtotal": 25.5, "raw_total": {"value": "25.5", "precision": 20}, "tax_lines": [], "tax_total": 0, "thumbnail": null, "created_at": "2026-11-30T22:51:49.288Z", "deleted_at": null, "product_id": "prod_01M8QAGFP0XF5VWYN4PSG2XN43", "unit_price": 8.5, "updated_at": "2026-11-30T22:51:49.288Z", "variant_id": "variant_01M8QAGFT0CM5J737PGHDYCMFZ", "adjustments": [], "is_giftcard": false, "variant_sku": "CAP-OS", "product_type": null, "raw_quantity": {"value": "3", "precision": 20}, "raw_subtotal": {"value": "25.5", "precision": 20}, "product_title": "Medusa Cap", "raw_tax_total": {"value": "0", "precision": 20}, "shipped_total": 0, "variant_title": "One Size", "discount_total": 0, "original_total": 25.5, "product_handle": "cap", "raw_unit_price": {"value": "8.5", "precision": 20}, "fulfilled_total": 0, "is_custom_price": false, "is_discountable": true, "product_type_id": null, "variant_barcode": null, "write_off_total": 0, "is_tax_inclusive": false, "product_subtitle": null, "refundable_total": 25.5, "discount_subtotal": 0, "original_subtotal": 25.5, "raw_shipped_total": {"value": "0", "precision": 20}, "requires_shipping": true, "discount_tax_total": 0, "line_item_metadata": {}, "original_tax_total": 0, "product_collection": null, "raw_discount_total": {"value": "0", "precision": 20}, "raw_original_total": {"value": "25.5", "precision": 20}, "product_description": null, "raw_fulfilled_total": {"value": "0", "precision": 20}, "raw_write_off_total": {"value": "0", "precision": 20}, "raw_refundable_total": {"value": "25.5", "precision": 20}, "compare_at_unit_price": null, "raw_discount_subtotal": {"value": "0", "precision": 20}, "raw_original_subtotal": {"value": "25.5", "precision": 20}, "return_received_total": 0, "variant_option_values": null, "raw_discount_tax_total": {"value": "0", "precision": 20}, "raw_original_tax_total": {"value": "0", "precision": 20}, "return_dismissed_total": 0, "return_requested_total": 0, "raw_compare_at_unit_price": null, "raw_return_received_total": {"value": "0", "precision": 20}, "refundable_total_per_unit": 8.5, "raw_return_dismissed_total": {"value": "0", "precision": 20}, "raw_return_requested_total": {"value": "0", "precision": 20}, "raw_refundable_total_per_unit": {"value": "8.5", "precision": 20}}, {"id": "ordli_01M8QAGH55XSXD4RPZJKY37JPK", "title": "Medusa T-Shirt", "total": 12, "detail": {"id": "orditem_01M8QAGH561D6T2NNPJXM67B1H", "item_id": "ordli_01M8QAGH55XSXD4RPZJKY37JPK", "version": 1, "metadata": {}, "order_id": "order_01M8QAGH542D62TH6802GVF294", "quantity": 1, "created_at": "2026-11-30T22:51:49.291Z", "deleted_at": null, "unit_price": null, "updated_at": "2026-11-30T22:51:49.291Z", "raw_quantity": {"value": "1", "precision": 20}, "raw_unit_price": null, "shipped_quantity": 0, "delivered_quantity": 0, "fulfilled_quantity": 0, "raw_shipped_quantity": {"value": "0", "precision": 20}, "written_off_quantity": 0, "compare_at_unit_price": null, "raw_delivered_quantity": {"value": "0", "precision": 20}, "raw_fulfilled_quantity": {"value": "0", "precision": 20}, "raw_written_off_quantity": {"value": "0", "precision": 20}, "return_received_quantity": 0, "raw_compare_at_unit_price": null, "return_dismissed_quantity": 0, "return_requested_quantity": 0, "raw_return_received_quantity": {"value": "0", "precision": 20}, "raw_return_dismissed_quantity": {"value": "0", "precision": 20}, "raw_return_requested_quantity": {"value": "0", "precision": 20}}, "metadata": {}, "quantity": 1, "subtitle": "M / White", "subtotal": 12, "raw_total": {"value": "12", "precision": 20}, "tax_lines": [], "tax_total": 0, "thumbnail": "https://medusa-public-images.s3.eu-west-1.amazonaws.com/tee-black-front.png", "created_at": "2026-11-30T22:51:49.286Z", "deleted_at": null, "product_id": "prod_01M8QAGFP09QY62T7XXWT3H43P", "unit_price": 12, "updated_at": "2026-11-30T22:51:49.286Z", "variant_id": "variant_01M8QAGFT0DYB6H3YKBYVT5SS0", "adjustments": [], "is_giftcard": false, "variant_sku": "SHIRT-M-White", "product_type": "Shirt", "raw_quantity": {"value": "1", "precision": 20}, "raw_subtotal": {"value": "12", "precision": 20}, "product_title": "Medusa T-Shirt", "raw_tax_total": {"value": "0", "precision": 20}, "shipped_total": 0, "variant_title": "M / White", "discount_total": 0, "original_total": 12, "product_handle": "t-shirt", "raw_unit_price": {"value": "12", "precision": 20}, "fulfilled_total": 0, "is_custom_price": false, "is_discountable": true, "product_type_id": "ptyp_01M8QAGFNE1A58QKDAA7SJ13VS", "variant_barcode": null, "write_off_total": 0, "is_tax_inclusive": false, "product_subtitle": null, "refundable_total": 12, "discount_subtotal": 0, "original_subtotal": 12, "raw_shipped_total": {"value": "0", "precision": 20}, "requires_shipping": true, "discount_tax_total": 0, "line_item_metadata": {}, "original_tax_total": 0, "product_collection": "Summer", "raw_discount_total": {"value": "0", "precision": 20}, "raw_original_total": {"value": "12", "precision": 20}, "product_description": "Cotton tee", "raw_fulfilled_total": {"value": "0", "precision": 20}, "raw_write_off_total": {"value": "0", "precision": 20}, "raw_refundable_total": {"value": "12", "precision": 20}, "compare_at_unit_price": 15, "raw_discount_subtotal": {"value": "0", "precision": 20}, "raw_original_subtotal": {"value": "12", "precision": 20}, "return_received_total": 0, "variant_option_values": null, "raw_discount_tax_total": {"value": "0", "precision": 20}, "raw_original_tax_total": {"value": "0", "precision": 20}, "return_dismissed_total": 0, "return_requested_total": 0, "raw_compare_at_unit_price": {"value": "15", "precision": 20}, "raw_return_received_total": {"value": "0", "precision": 20}, "refundable_total_per_unit": 12, "raw_return_dismissed_total": {"value": "0", "precision": 20}, "raw_return_requested_total": {"value": "0", "precision": 20}, "raw_refundable_total_per_unit": {"value": "12", "precision": 20}}], "total": 47.5, "locale": null, "status": "pending", "summary": {"paid_total": 0, "raw_paid_total": {"value": "0", "precision": 20}, "refunded_total": 0, "accounting_total": 47.5, "credit_line_total": 0, "transaction_total": 0, "pending_difference": 47.5, "raw_refunded_total": {"value": "0", "precision": 20}, "current_order_total": 47.5, "original_order_total": 47.5, "raw_accounting_total": {"value": "47.5", "precision": 20}, "raw_credit_line_total": {"value": "0", "precision": 20}, "raw_transaction_total": {"value": "0", "precision": 20}, "raw_pending_difference": {"value": "47.5", "precision": 20}, "raw_current_order_total": {"value": "47.5", "precision": 20}, "raw_original_order_total": {"value": "47.5", "precision": 20}}, "version": 1, "metadata": null, "subtotal": 47.5, "raw_total": {"value": "47.5", "precision": 20}, "region_id": "reg_01M8QAGFD84VDR2WS9CQ3YDACQ", "tax_total": 0, "created_at": "2026-11-30T22:51:49.286Z", "deleted_at": null, "display_id": 2, "item_total": 37.5, "updated_at": "2026-11-30T22:51:49.286Z", "canceled_at": null, "customer_id": "cus_01M8QAGFXND5MAX6VCFG6QNXWP", "credit_lines": [], "raw_subtotal": {"value": "47.5", "precision": 20}, "transactions": [], "currency_code": "eur", "item_subtotal": 37.5, "raw_tax_total": {"value": "0", "precision": 20}, "shipped_total": 0, "discount_total": 0, "is_draft_order": false, "item_tax_total": 0, "original_total": 47.5, "raw_item_total": {"value": "37.5", "precision": 20}, "shipping_total": 10, "billing_address": {"id": "ordaddr_01M8QAGH508V3VGXFE71VE2FF5", "city": "Berlin", "phone": null, "company": null, "metadata": null, "province": null, "address_1": "Unter den Linden 1", "address_2": null, "last_name": "Doe", "created_at": "2026-11-30T22:51:48.381Z", "deleted_at": null, "first_name": "Jane", "updated_at": "2026-11-30T22:51:48.381Z", "customer_id": null, "postal_code": "10117", "country_code": "de"}, "fulfilled_total": 0, "no_notification": false, "write_off_total": 0, "sales_channel_id": "sc_01M8QAGFCR2QQZY0RXK41BKZDK", "shipping_address": {"id": "ordaddr_01M8QAGH50QENJ27MC2312361Z", "city": "Berlin", "phone": null, "company": null, "metadata": null, "province": null, "address_1": "Unter den Linden 1", "address_2": null, "last_name": "Doe", "created_at": "2026-11-30T22:51:48.381Z", "deleted_at": null, "first_name": "Jane", "updated_at": "2026-11-30T22:51:48.381Z", "customer_id": null, "postal_code": "10117", "country_code": "de"}, "shipping_methods": [{"id": "ordsm_01M8QAGH524NDFY3RD73KFVEBG", "data": {}, "name": "Standard Shipping", "total": 10, "amount": 10, "detail": {"id": "ordspmv_01M8QAGH5406SYY51G8ZFMCXB3", "version": 1, "claim_id": null, "order_id": "order_01M8QAGH542D62TH6802GVF294", "return_id": null, "created_at": "2026-11-30T22:51:49.292Z", "deleted_at": null, "updated_at": "2026-11-30T22:51:49.292Z", "exchange_id": null, "shipping_method_id": "ordsm_01M8QAGH524NDFY3RD73KFVEBG"}, "metadata": null, "order_id": "order_01M8QAGH542D62TH6802GVF294", "subtotal": 10, "raw_total": {"value": "10", "precision": 20}, "tax_lines": [], "tax_total": 0, "created_at": "2026-11-30T22:51:49.292Z", "deleted_at": null, "raw_amount": {"value": "10", "precision": 20}, "updated_at": "2026-11-30T22:51:49.292Z", "adjustments": [], "description": null, "raw_subtotal": {"value": "10", "precision": 20}, "raw_tax_total": {"value": "0", "precision": 20}, "discount_total": 0, "original_total": 10, "is_custom_amount": false, "is_tax_inclusive": false, "discount_subtotal": 0, "original_subtotal": 10, "discount_tax_total": 0, "original_tax_total": 0, "raw_discount_total": {"value": "0", "precision": 20}, "raw_original_total": {"value": "10", "precision": 20}, "shipping_option_id": "so_01M8QAGFJXB6H08B6ZMKE3512V", "raw_discount_subtotal": {"value": "0", "precision": 20}, "raw_original_subtotal": {"value": "10", "precision": 20}, "raw_discount_tax_total": {"value": "0", "precision": 20}, "raw_original_tax_total": {"value": "0", "precision": 20}}], "credit_line_total": 0, "custom_display_id": null, "discount_subtotal": 0, "original_subtotal": 47.5, "raw_item_subtotal": {"value": "37.5", "precision": 20}, "raw_shipped_total": {"value": "0", "precision": 20}, "shipping_subtotal": 10, "billing_address_id": "ordaddr_01M8QAGH508V3VGXFE71VE2FF5", "discount_tax_total": 0, "original_tax_total": 0, "raw_discount_total": {"value": "0", "precision": 20}, "raw_item_tax_total": {"value": "0", "precision": 20}, "raw_original_total": {"value": "47.5", "precision": 20}, "raw_shipping_total": {"value": "10", "precision": 20}, "shipping_tax_total": 0, "item_discount_total": 0, "original_item_total": 37.5, "raw_fulfilled_total": {"value": "0", "precision": 20}, "raw_write_off_total": {"value": "0", "precision": 20}, "shipping_address_id": "ordaddr_01M8QAGH50QENJ27MC2312361Z", "credit_line_subtotal": 0, "credit_line_tax_total": 0, "raw_credit_line_total": {"value": "0", "precision": 20}, "raw_discount_subtotal": {"value": "0", "precision": 20}, "raw_original_subtotal": {"value": "47.5", "precision": 20}, "raw_shipping_subtotal": {"value": "10", "precision": 20}, "return_received_total": 0, "original_item_subtotal": 37.5, "raw_discount_tax_total": {"value": "0", "precision": 20}, "raw_original_tax_total": {"value": "0", "precision": 20}, "raw_shipping_tax_total": {"value": "0", "precision": 20}, "return_dismissed_total": 0, "return_requested_total": 0, "original_item_tax_total": 0, "original_shipping_total": 10, "raw_item_discount_total": {"value": "0", "precision": 20}, "raw_original_item_total": {"value": "37.5", "precision": 20}, "shipping_discount_total": 0, "raw_credit_line_subtotal": {"value": "0", "precision": 20}, "raw_credit_line_tax_total": {"value": "0", "precision": 20}, "raw_return_received_total": {"value": "0", "precision": 20}, "original_shipping_subtotal": 10, "raw_original_item_subtotal": {"value": "37.5", "precision": 20}, "raw_return_dismissed_total": {"value": "0", "precision": 20}, "raw_return_requested_total": {"value": "0", "precision": 20}, "original_shipping_tax_total": 0, "raw_original_item_tax_total": {"value": "0", "precision": 20}, "raw_original_shipping_total": {"value": "10", "precision": 20}, "raw_shipping_discount_total": {"value": "0", "precision": 20}, "raw_original_shipping_subtotal": {"value": "10", "precision": 20}, "raw_original_shipping_tax_total": {"value": "0", "precision": 20}}, "compensateInput": {"id": "order_01M8QAGH542D62TH6802GVF294", "email": "jane@example.com", "items": [{"id": "ordli_01M8QAGH55JPEASB8JNKVERA57", "title": "Medusa Cap", "total": 25.5, "detail": {"id": "orditem_01M8QAGH56RPPAQV40QS401HR7", "item_id": "ordli_01M8QAGH55JPEASB8JNKVERA57", "version": 1, "metadata": {}, "order_id": "order_01M8QAGH542D62TH6802GVF294", "quantity": 3, "created_at": "2026-11-30T22:51:49.291Z", "deleted_at": null, "unit_price": null, "updated_at": "2026-11-30T22:51:49.291Z", "raw_quantity": {"value": "3", "precision": 20}, "raw_unit_price": null, "shipped_quantity": 0, "delivered_quantity": 0, "fulfilled_quantity": 0, "raw_shipped_quantity": {"value": "0", "precision": 20}, "written_off_quantity": 0, "compare_at_unit_price": null, "raw_delivered_quantity": {"value": "0", "precision": 20}, "raw_fulfilled_quantity": {"value": "0", "precision": 20}, "raw_written_off_quantity": {"value": "0", "precision": 20}, "return_received_quantity": 0, "raw_compare_at_unit_price": null, "return_dismissed_quantity": 0, "return_requested_quantity": 0, "raw_return_received_quantity": {"value": "0", "precision": 20}, "raw_return_dismissed_quantity": {"value": "0", "precision": 20}, "raw_return_requested_quantity": {"value": "0", "precision": 20}}, "metadata": {}, "quantity": 3, "subtitle": "One Size", "subtotal": 25.5, "raw_total": {"value": "25.5", "precision": 20}, "tax_lines": [], "tax_total": 0, "thumbnail": null, "created_at": "2026-11-30T22:51:49.288Z", "deleted_at": null, "product_id": "prod_01M8QAGFP0XF5VWYN4PSG2XN43", "unit_price": 8.5, "updated_at": "2026-11-30T22:51:49.288Z", "variant_id": "variant_01M8QAGFT0CM5J737PGHDYCMFZ", "adjustments": [], "is_giftcard": false, "variant_sku": "CAP-OS", "product_type": null, "raw_quantity": {"value": "3", "precision": 20}, "raw_subtotal": {"value": "25.5", "precision": 20}, "product_title": "Medusa Cap", "raw_tax_total": {"value": "0", "precision": 20}, "shipped_total": 0, "variant_title": "One Size", "discount_total": 0, "original_total": 25.5, "product_handle": "cap", "raw_unit_price": {"value": "8.5", "precision": 20}, "fulfilled_total": 0, "is_custom_price": false, "is_discountable": true, "product_type_id": null, "variant_barcode": null, "write_off_total": 0, "is_tax_inclusive": false, "product_subtitle": null, "refundable_total": 25.5, "discount_subtotal": 0, "original_subtotal": 25.5, "raw_shipped_total": {"value": "0", "precision": 20}, "requires_shipping": true, "discount_tax_total": 0, "line_item_metadata": {}, "original_tax_total": 0, "product_collection": null, "raw_discount_total": {"value": "0", "precision": 20}, "raw_original_total": {"value": "25.5", "precision": 20}, "product_description": null, "raw_fulfilled_total": {"value": "0", "precision": 20}, "raw_write_off_total": {"value": "0", "precision": 20}, "raw_refundable_total": {"value": "25.5", "precision": 20}, "compare_at_unit_price": null, "raw_discount_subtotal": {"value": "0", "precision": 20}, "raw_original_subtotal": {"value": "25.5", "precision": 20}, "return_received_total": 0, "variant_option_values": null, "raw_discount_tax_total": {"value": "0", "precision": 20}, "raw_original_tax_total": {"value": "0", "precision": 20}, "return_dismissed_total": 0, "return_requested_total": 0, "raw_compare_at_unit_price": null, "raw_return_received_total": {"value": "0", "precision": 20}, "refundable_total_per_unit": 8.5, "raw_return_dismissed_total": {"value": "0", "precision": 20}, "raw_return_requested_total": {"value": "0", "precision": 20}, "raw_refundable_total_per_unit": {"value": "8.5", "precision": 20}}, {"id": "ordli_01M8QAGH55XSXD4RPZJKY37JPK", "title": "Medusa T-Shirt", "total": 12, "detail": {"id": "orditem_01M8QAGH561D6T2NNPJXM67B1H", "item_id": "ordli_01M8QAGH55XSXD4RPZJKY37JPK", "version": 1, "metadata": {}, "order_id": "order_01M8QAGH542D62TH6802GVF294", "quantity": 1, "created_at": "2026-11-30T22:51:49.291Z", "deleted_at": null, "unit_price": null, "updated_at": "2026-11-30T22:51:49.291Z", "raw_quantity": {"value": "1", "precision": 20}, "raw_unit_price": null, "shipped_quantity": 0, "delivered_quantity": 0, "fulfilled_quantity": 0, "raw_shipped_quantity": {"value": "0", "precision": 20}, "written_off_quantity": 0, "compare_at_unit_price": null, "raw_delivered_quantity": {"value": "0", "precision": 20}, "raw_fulfilled_quantity": {"value": "0", "precision": 20}, "raw_written_off_quantity": {"value": "0", "precision": 20}, "return_received_quantity": 0, "raw_compare_at_unit_price": null, "return_dismissed_quantity": 0, "return_requested_quantity": 0, "raw_return_received_quantity": {"value": "0", "precision": 20}, "raw_return_dismissed_quantity": {"value": "0", "precision": 20}, "raw_return_requested_quantity": {"value": "0", "precision": 20}}, "metadata": {}, "quantity": 1, "subtitle": "M / White", "subtotal": 12, "raw_total": {"value": "12", "precision": 20}, "tax_lines": [], "tax_total": 0, "thumbnail": "https://medusa-public-images.s3.eu-west-1.amazonaws.com/tee-black-front.png", "created_at": "2026-11-30T22:51:49.286Z", "deleted_at": null, "product_id": "prod_01M8QAGFP09QY62T7XXWT3H43P", "unit_price": 12, "updated_at": "2026-11-30T22:51:49.286Z", "variant_id": "variant_01M8QAGFT0DYB6H3YKBYVT5SS0", "adjustments": [], "is_giftcard": false, "variant_sku": "SHIRT-M-White", "product_type": "Shirt", "raw_quantity": {"value": "1", "precision": 20}, "raw_subtotal": {"value": "12", "precision": 20}, "product_title": "Medusa T-Shirt", "raw_tax_total": {"value": "0", "precision": 20}, "shipped_total": 0, "variant_title": "M / White", "discount_total": 0, "original_total": 12, "product_handle": "t-shirt", "raw_unit_price": {"value": "12", "precision": 20}, "fulfilled_total": 0, "is_custom_price": false, "is_discountable": true, "product_type_id": "ptyp_01M8QAGFNE1A58QKDAA7SJ13VS", "variant_barcode": null, "write_off_total": 0, "is_tax_inclusive": false, "product_subtitle": null, "refundable_total": 12, "discount_subtotal": 0, "original_subtotal": 12, "raw_shipped_total": {"value": "0", "precision": 20}, "requires_shipping": true, "discount_tax_total": 0, "line_item_metadata": {}, "original_tax_total": 0, "product_collection": "Summer", "raw_discount_total": {"value": "0", "precision": 20}, "raw_original_total": {"value": "12", "precision": 20}, "product_description": "Cotton tee", "raw_fulfilled_total": {"value": "0", "precision": 20}, "raw_write_off_total": {"value": "0", "precision": 20}, "raw_refundable_total": {"value": "12", "precision": 20}, "compare_at_unit_price": 15, "raw_discount_subtotal": {"value": "0", "precision": 20}, "raw_original_subtotal": {"value": "12", "precision": 20}, "return_received_total": 0, "variant_option_values": null, "raw_discount_tax_total": {"value": "0", "precision": 20}, "raw_original_tax_total": {"value": "0", "precision": 20}, "return_dismissed_total": 0, "return_requested_total": 0, "raw_compare_at_unit_price": {"value": "15", "precision": 20}, "raw_return_received_total": {"value": "0", "precision": 20}, "refundable_total_per_unit": 12, "raw_return_dismissed_total": {"value": "0", "precision": 20}, "raw_return_requested_total": {"value": "0", "precision": 20}, "raw_refundable_total_per_unit": {"value": "12", "precision": 20}}], "total": 47.5, "locale": null, "status": "pending", "summary": {"paid_total": 0, "raw_paid_total": {"value": "0", "precision": 20}, "refunded_total": 0, "accounting_total": 47.5, "credit_line_total": 0, "transaction_total": 0, "pending_difference": 47.5, "raw_refunded_total": {"value": "0", "precision": 20}, "current_order_total": 47.5, "original_order_total": 47.5, "raw_accounting_total": {"value": "47.5", "precision": 20}, "raw_credit_line_total": {"value": "0", "precision": 20}, "raw_transaction_total": {"value": "0", "precision": 20}, "raw_pending_difference": {"value": "47.5", "precision": 20}, "raw_current_order_total": {"value": "47.5", "precision": 20}, "raw_original_order_total": {"value": "47.5", "precision": 20}}, "version": 1, "metadata": null, "subtotal": 47.5, "raw_total": {"value": "47.5", "precision": 20}, "region_id": "reg_01M8QAGFD84VDR2WS9CQ3YDACQ", "tax_total": 0, "created_at": "2026-11-30T22:51:49.286Z", "deleted_at": null, "display_id": 2, "item_total": 37.5, "updated_at": "2026-11-30T22:51:49.286Z", "canceled_at": null, "customer_id": "cus_01M8QAGFXND5MAX6VCFG6QNXWP", "credit_lines": [], "raw_subtotal": {"value": "47.5", "precision": 20}, "transactions": [], "currency_code": "eur", "item_subtotal": 37.5, "raw_tax_total": {"value": "0", "precision": 20}, "shipped_total": 0, "discount_total": 0, "is_draft_order": false, "item_tax_total": 0, "original_total": 47.5, "raw_item_total": {"value": "37.5", "precision": 20}, "shipping_total": 10, "billing_address": {"id": "ordaddr_01M8QAGH508V3VGXFE71VE2FF5", "city": "Berlin", "phone": null, "company": null, "metadata": null, "province": null, "address_1": "Unter den Linden 1", "address_2": null, "last_name": "Doe", "created_at": "2026-11-30T22:51:48.381Z", "deleted_at": null, "first_name": "Jane", "updated_at": "2026-11-30T22:51:48.381Z", "customer_id": null, "postal_code": "10117", "country_code": "de"}, "fulfilled_total": 0, "no_notification": false, "write_off_total": 0, "sales_channel_id": "sc_01M8QAGFCR2QQZY0RXK41BKZDK", "shipping_address": {"id": "ordaddr_01M8QAGH50QENJ27MC2312361Z", "city": "Berlin", "phone": null, "company": null, "metadata": null, "province": null, "address_1": "Unter den Linden 1", "address_2": null, "last_name": "Doe", "created_at": "2026-11-30T22:51:48.381Z", "deleted_at": null, "first_name": "Jane", "updated_at": "2026-11-30T22:51:48.381Z", "customer_id": null, "postal_code": "10117", "country_code": "de"}, "shipping_methods": [{"id": "ordsm_01M8QAGH524NDFY3RD73KFVEBG", "data": {}, "name": "Standard Shipping", "total": 10, "amount": 10, "detail": {"id": "ordspmv_01M8QAGH5406SYY51G8ZFMCXB3", "version": 1, "claim_id": null, "order_id": "order_01M8QAGH542D62TH6802GVF294", "return_id": null, "created_at": "2026-11-30T22:51:49.292Z", "deleted_at": null, "updated_at": "2026-11-30T22:51:49.292Z", "exchange_id": null, "shipping_method_id": "ordsm_01M8QAGH524NDFY3RD73KFVEBG"}, "metadata": null, "order_id": "order_01M8QAGH542D62TH6802GVF294", "subtotal": 10, "raw_total": {"value": "10", "precision": 20}, "tax_lines": [], "tax_total": 0, "created_at": "2026-11-30T22:51:49.292Z", "deleted_at": null, "raw_amount": {"value": "10", "precision": 20}, "updated_at": "2026-11-30T22:51:49.292Z", "adjustments": [], "description": null, "raw_subtotal": {"value": "10", "precision": 20}, "raw_tax_total": {"value": "0", "precision": 20}, "discount_total": 0, "original_total": 10, "is_custom_amount": false, "is_tax_inclusive": false, "discount_subtotal": 0, "original_subtotal": 10, "discount_tax_total": 0, "original_tax_total": 0, "raw_discount_total": {"value": "0", "precision": 20}, "raw_original_total": {"value": "10", "precision": 20}, "shipping_option_id": "so_01M8QAGFJXB6H08B6ZMKE3512V", "raw_discount_subtotal": {"value": "0", "precision": 20}, "raw_original_subtotal": {"value": "10", "precision": 20}, "raw_discount_tax_total": {"value": "0", "precision": 20}, "raw_original_tax_total": {"value": "0", "precision": 20}}], "credit_line_total": 0, "custom_display_id": null, "discount_subtotal": 0, "original_subtotal": 47.5, "raw_item_subtotal": {"value": "37.5", "precision": 20}, "raw_shipped_total": {"value": "0", "precision": 20}, "shipping_subtotal": 10, "billing_address_id": "ordaddr_01M8QAGH508V3VGXFE71VE2FF5", "discount_tax_total": 0, "original_tax_total": 0, "raw_discount_total": {"value": "0", "precision": 20}, "raw_item_tax_total": {"value": "0", "precision": 20}, "raw_original_total": {"value": "47.5", "precision": 20}, "raw_shipping_total": {"value": "10", "precision": 20}, "shipping_tax_total": 0, "item_discount_total": 0, "original_item_total": 37.5, "raw_fulfilled_total": {"value": "0", "precision": 20}, "raw_write_off_total": {"value": "0", "precision": 20}, "shipping_address_id": "ordaddr_01M8QAGH50QENJ27MC2312361Z", "credit_line_subtotal": 0, "credit_line_tax_total": 0, "raw_credit_line_total": {"value": "0", "precision": 20}, "raw_discount_subtotal": {"value": "0", "precision": 20}, "raw_original_subtotal": {"value": "47.5", "precision": 20}, "raw_shipping_subtotal": {"value": "10", "precision": 20}, "return_received_total": 0, "original_item_subtotal": 37.5, "raw_discount_tax_total": {"value": "0", "precision": 20}, "raw_original_tax_total": {"value": "0", "precision": 20}, "raw_shipping_tax_total": {"value": "0", "precision": 20}, "return_dismissed_total": 0, "return_requested_total": 0, "original_item_tax_total": 0, "original_shipping_total": 10, "raw_item_discount_total": {"value": "0", "precision": 20}, "raw_original_item_total": {"value": "37.5", "precision": 20}, "shipping_discount_total": 0, "raw_credit_line_subtotal": {"value": "0", "precision": 20}, "raw_credit_line_tax_total": {"value": "0", "precision": 20}, "raw_return_received_total": {"value": "0", "precision": 20}, "original_shipping_subtotal": 10, "raw_original_item_subtotal": {"value": "37.5", "precision": 20}, "raw_return_dismissed_total": {"value": "0", "precision": 20}, "raw_return_requested_total": {"value": "0", "precision": 20}, "original_shipping_tax_total": 0, "raw_original_item_tax_total": {"value": "0", "precision": 20}, "raw_original_shipping_total": {"value": "10", "precision": 20}, "raw_shipping_discount_total": {"value": "0", "precision": 20}, "raw_original_shipping_subtotal": {"value": "10", "precision": 20}, "raw_original_shipping_tax_total": {"value": "0", "precision": 20}}}}, "orderCreated": {"__type": "Symbol(WorkflowWorkflowData)", "output": {"__type": "Symbol(WorkflowStepResponse)"}}, "update-carts": {"__type": "Symbol(WorkflowWorkflowData)", "output": {"__type": "Symbol(WorkflowStepResponse)", "output": [{"id": "cart_01M8QAGG8TCE9KF1Y5MCRRB896", "email": "jane@example.com", "locale": null, "metadata": null, "region_id": "reg_01M8QAGFD84VDR2WS9CQ3YDACQ", "created_at": "2026-11-30T22:51:48.381Z", "deleted_at": null, "updated_at": "2026-11-30T22:51:49.368Z", "customer_id": "cus_01M8QAGFXND5MAX6VCFG6QNXWP", "completed_at": "2026-11-30T22:51:49.347Z", "currency_code": "eur", "billing_address": {"id": "caaddr_01M8QAGG8VMZ3VHB372YZBDRTA"}, "sales_channel_id": "sc_01M8QAGFCR2QQZY0RXK41BKZDK", "shipping_address": {"id": "caaddr_01M8QAGG8V4C8FHE7FK1HW4BFW"}, "billing_address_id": "caaddr_01M8QAGG8VMZ3VHB372YZBDRTA", "shipping_address_id": "caaddr_01M8QAGG8V4C8FHE7FK1HW4BFW"}], "compensateInput": {"cartsBeforeUpdate": [{"id": "cart_01M8QAGG8TCE9KF1Y5MCRRB896", "email": "jane@example.com", "metadata": null, "region_id": "reg_01M8QAGFD84VDR2WS9CQ3YDACQ", "customer_id": "cus_01M8QAGFXND5MAX6VCFG6QNXWP", "completed_at": null, "currency_code": "eur", "sales_channel_id": "sc_01M8QAGFCR2QQZY0RXK41BKZDK"}], "addressesBeforeUpdate": []}}}, "create-orders": {"__type": "Symbol(WorkflowWorkflowData)", "output": {"__type": "Symbol(WorkflowStepResponse)", "output": [{"id": "order_01M8QAGH542D62TH6802GVF294", "email": "jane@example.com", "items": [{"id": "ordli_01M8QAGH55JPEASB8JNKVERA57", "title": "Medusa Cap", "total": 25.5, "detail": {"id": "orditem_01M8QAGH56RPPAQV40QS401HR7", "item_id": "ordli_01M8QAGH55JPEASB8JNKVERA57", "version": 1, "metadata": {}, "order_id": "order_01M8QAGH542D62TH6802GVF294", "quantity": 3, "created_at": "2026-11-30T22:51:49.291Z", "deleted_at": null, "unit_price": null, "updated_at": "2026-11-30T22:51:49.291Z", "raw_quantity": {"value": "3", "precision": 20}, "raw_unit_price": null, "shipped_quantity": 0, "delivered_quantity": 0, "fulfilled_quantity": 0, "raw_shipped_quantity": {"value": "0", "precision": 20}, "written_off_quantity": 0, "compare_at_unit_price": null, "raw_delivered_quantity": {"value": "0", "precision": 20}, "raw_fulfilled_quantity": {"value": "0", "precision": 20}, "raw_written_off_quantity": {"value": "0", "precision": 20}, "return_received_quantity": 0, "raw_compare_at_unit_price": null, "return_dismissed_quantity": 0, "return_requested_quantity": 0, "raw_return_received_quantity": {"value": "0", "precision": 20}, "raw_return_dismissed_quantity": {"value": "0", "precision": 20}, "raw_return_requested_quantity": {"value": "0", "precision": 20}}, "metadata": {}, "quantity": 3, "subtitle": "One Size", "subtotal": 25.5, "raw_total": {"value": "25.5", "precision": 20}, "tax_lines": [], "tax_total": 0, "thumbnail": null, "created_at": "2026-11-30T22:51:49.288Z", "deleted_at": null, "product_id": "prod_01M8QAGFP0XF5VWYN4PSG2XN43", "unit_price": 8.5, "updated_at": "2026-11-30T22:51:49.288Z", "variant_id": "variant_01M8QAGFT0CM5J737PGHDYCMFZ", "adjustments": [], "is_giftcard": false, "variant_sku": "CAP-OS", "product_type": null, "raw_quantity": {"value": "3", "precision": 20}, "raw_subtotal": {"value": "25.5", "precision": 20}, "product_title": "Medusa Cap", "raw_tax_total": {"value": "0", "precision": 20}, "shipped_total": 0, "variant_title": "One Size", "discount_total": 0, "original_total": 25.5, "product_handle": "cap", "raw_unit_price": {"value": "8.5", "precision": 20}, "fulfilled_total": 0, "is_custom_price": false, "is_discountable": true, "product_type_id": null, "variant_barcode": null, "write_off_total": 0, "is_tax_inclusive": false, "product_subtitle": null, "refundable_total": 25.5, "discount_subtotal": 0, "original_subtotal": 25.5, "raw_shipped_total": {"value": "0", "precision": 20}, "requires_shipping": true, "discount_tax_total": 0, "line_item_metadata": {}, "original_tax_total": 0, "product_collection": null, "raw_discount_total": {"value": "0", "precision": 20}, "raw_original_total": {"value": "25.5", "precision": 20}, "product_description": null, "raw_fulfilled_total": {"value": "0", "precision": 20}, "raw_write_off_total": {"value": "0", "precision": 20}, "raw_refundable_total": {"value": "25.5", "precision": 20}, "compare_at_unit_price": null, "raw_discount_subtotal": {"value": "0", "precision": 20}, "raw_original_subtotal": {"value": "25.5", "precision": 20}, "return_received_total": 0, "variant_option_values": null, "raw_discount_tax_total": {"value": "0", "precision": 20}, "raw_original_tax_total": {"value": "0", "precision": 20}, "return_dismissed_total": 0, "return_requested_total": 0, "raw_compare_at_unit_price": null, "raw_return_received_total": {"value": "0", "precision": 20}, "refundable_total_per_unit": 8.5, "raw_return_dismissed_total": {"value": "0", "precision": 20}, "raw_return_requested_total": {"value": "0", "precision": 20}, "raw_refundable_total_per_unit": {"value": "8.5", "precision": 20}}, {"id": "ordli_01M8QAGH55XSXD4RPZJKY37JPK", "title": "Medusa T-Shirt", "total": 12, "detail": {"id": "orditem_01M8QAGH561D6T2NNPJXM67B1H", "item_id": "ordli_01M8QAGH55XSXD4RPZJKY37JPK", "version": 1, "metadata": {}, "order_id": "order_01M8QAGH542D62TH6802GVF294", "quantity": 1, "created_at": "2026-11-30T22:51:49.291Z", "deleted_at": null, "unit_price": null, "updated_at": "2026-11-30T22:51:49.291Z", "raw_quantity": {"value": "1", "precision": 20}, "raw_unit_price": null, "shipped_quantity": 0, "delivered_quantity": 0, "fulfilled_quantity": 0, "raw_shipped_quantity": {"value": "0", "precision": 20}, "written_off_quantity": 0, "compare_at_unit_price": null, "raw_delivered_quantity": {"value": "0", "precision": 20}, "raw_fulfilled_quantity": {"value": "0", "precision": 20}, "raw_written_off_quantity": {"value": "0", "precision": 20}, "return_received_quantity": 0, "raw_compare_at_unit_price": null, "return_dismissed_quantity": 0, "return_requested_quantity": 0, "raw_return_received_quantity": {"value": "0", "precision": 20}, "raw_return_dismissed_quantity": {"value": "0", "precision": 20}, "raw_return_requested_quantity": {"value": "0", "precision": 20}}, "metadata": {}, "quantity": 1, "subtitle": "M / White", "subtotal": 12, "raw_total": {"value": "12", "precision": 20}, "tax_lines": [], "tax_total": 0, "thumbnail": "https://medusa-public-images.s3.eu-west-1.amazonaws.com/tee-black-front.png", "created_at": "2026-11-30T22:51:49.286Z", "deleted_at": null, "product_id": "prod_01M8QAGFP09QY62T7XXWT3H43P", "unit_price": 12, "updated_at": "2026-11-30T22:51:49.286Z", "variant_id": "variant_01M8QAGFT0DYB6H3YKBYVT5SS0", "adjustments": [], "is_giftcard": false, "variant_sku": "SHIRT-M-White", "product_type": "Shirt", "raw_quantity": {"value": "1", "precision": 20}, "raw_subtotal": {"value": "12", "precision": 20}, "product_title": "Medusa T-Shirt", "raw_tax_total": {"value": "0", "precision": 20}, "shipped_total": 0, "variant_title": "M / White", "discount_total": 0, "original_total": 12, "product_handle": "t-shirt", "raw_unit_price": {"value": "12", "precision": 20}, "fulfilled_total": 0, "is_custom_price": false, "is_discountable": true, "product_type_id": "ptyp_01M8QAGFNE1A58QKDAA7SJ13VS", "variant_barcode": null, "write_off_total": 0, "is_tax_inclusive": false, "product_subtitle": null, "refundable_total": 12, "discount_subtotal": 0, "original_subtotal": 12, "raw_shipped_total": {"value": "0", "precision": 20}, "requires_shipping": true, "discount_tax_total": 0, "line_item_metadata": {}, "original_tax_total": 0, "product_collection": "Summer", "raw_discount_total": {"value": "0", "precision": 20}, "raw_original_total": {"value": "12", "precision": 20}, "product_description": "Cotton tee", "raw_fulfilled_total": {"value": "0", "precision": 20}, "raw_write_off_total": {"value": "0", "precision": 20}, "raw_refundable_total": {"value": "12", "precision": 20}, "compare_at_unit_price": 15, "raw_discount_subtotal": {"value": "0", "precision": 20}, "raw_original_subtotal": {"value": "12", "precision": 20}, "return_received_total": 0, "variant_option_values": null, "raw_discount_tax_total": {"value": "0", "precision": 20}, "raw_original_tax_total": {"value": "0", "precision": 20}, "return_dismissed_total": 0, "return_requested_total": 0, "raw_compare_at_unit_price": {"value": "15", "precision": 20}, "raw_return_received_total": {"value": "0", "precision": 20}, "refundable_total_per_unit": 12, "raw_return_dismissed_total": {"value": "0", "precision": 20}, "raw_return_requested_total": {"value": "0", "precision": 20}, "raw_refundable_total_per_unit": {"value": "12", "precision": 20}}], "total": 47.5, "locale": null, "status": "pending", "summary": {"paid_total": 0, "raw_paid_total": {"value": "0", "precision": 20}, "refunded_total": 0, "accounting_total": 47.5, "credit_line_total": 0, "transaction_total": 0, "pending_difference": 47.5, "raw_refunded_total": {"value": "0", "precision": 20}, "current_order_total": 47.5, "original_order_total": 47.5, "raw_accounting_total": {"value": "47.5", "precision": 20}, "raw_credit_line_total": {"value": "0", "precision": 20}, "raw_transaction_total": {"value": "0", "precision": 20}, "raw_pending_difference": {"value": "47.5", "precision": 20}, "raw_current_order_total": {"value": "47.5", "precision": 20}, "raw_original_order_total": {"value": "47.5", "precision": 20}}, "version": 1, "metadata": null, "subtotal": 47.5, "raw_total": {"value": "47.5", "precision": 20}, "region_id": "reg_01M8QAGFD84VDR2WS9CQ3YDACQ", "tax_total": 0, "created_at": "2026-11-30T22:51:49.286Z", "deleted_at": null, "display_id": 2, "item_total": 37.5, "updated_at": "2026-11-30T22:51:49.286Z", "canceled_at": null, "customer_id": "cus_01M8QAGFXND5MAX6VCFG6QNXWP", "credit_lines": [], "raw_subtotal": {"value": "47.5", "precision": 20}, "transactions": [], "currency_code": "eur", "item_subtotal": 37.5, "raw_tax_total": {"value": "0", "precision": 20}, "shipped_total": 0, "discount_total": 0, "is_draft_order": false, "item_tax_total": 0, "original_total": 47.5, "raw_item_total": {"value": "37.5", "precision": 20}, "shipping_total": 10, "billing_address": {"id": "ordaddr_01M8QAGH508V3VGXFE71VE2FF5", "city": "Berlin", "phone": null, "company": null, "metadata": null, "province": null, "address_1": "Unter den Linden 1", "address_2": null, "last_name": "Doe", "created_at": "2026-11-30T22:51:48.381Z", "deleted_at": null, "first_name": "Jane", "updated_at": "2026-11-30T22:51:48.381Z", "customer_id": null, "postal_code": "10117", "country_code": "de"}, "fulfilled_total": 0, "no_notification": false, "write_off_total": 0, "sales_channel_id": "sc_01M8QAGFCR2QQZY0RXK41BKZDK", "shipping_address": {"id": "ordaddr_01M8QAGH50QENJ27MC2312361Z", "city": "Berlin", "phone": null, "company": null, "metadata": null, "province": null, "address_1": "Unter den Linden 1", "address_2": null, "last_name": "Doe", "created_at": "2026-11-30T22:51:48.381Z", "deleted_at": null, "first_name": "Jane", "updated_at": "2026-11-30T22:51:48.381Z", "customer_id": null, "postal_code": "10117", "country_code": "de"}, "shipping_methods": [{"id": "ordsm_01M8QAGH524NDFY3RD73KFVEBG", "data": {}, "name": "Standard Shipping", "total": 10, "amount": 10, "detail": {"id": "ordspmv_01M8QAGH5406SYY51G8ZFMCXB3", "version": 1, "claim_id": null, "order_id": "order_01M8QAGH542D62TH6802GVF294", "return_id": null, "created_at": "2026-11-30T22:51:49.292Z", "deleted_at": null, "updated_at": "2026-11-30T22:51:49.292Z", "exchange_id": null, "shipping_method_id": "ordsm_01M8QAGH524NDFY3RD73KFVEBG"}, "metadata": null, "order_id": "order_01M8QAGH542D62TH6802GVF294", "subtotal": 10, "raw_total": {"value": "10", "precision": 20}, "tax_lines": [], "tax_total": 0, "created_at": "2026-11-30T22:51:49.292Z", "deleted_at": null, "raw_amount": {"value": "10", "precision": 20}, "updated_at": "2026-11-30T22:51:49.292Z", "adjustments": [], "description": null, "raw_subtotal": {"value": "10", "precision": 20}, "raw_tax_total": {"value": "0", "precision": 20}, "discount_total": 0, "original_total": 10, "is_custom_amount": false, "is_tax_inclusive": false, "discount_subtotal": 0, "original_subtotal": 10, "discount_tax_total": 0, "original_tax_total": 0, "raw_discount_total": {"value": "0", "precision": 20}, "raw_original_total": {"value": "10", "precision": 20}, "shipping_option_id": "so_01M8QAGFJXB6H08B6ZMKE3512V", "raw_discount_subtotal": {"value": "0", "precision": 20}, "raw_original_subtotal": {"value": "10", "precision": 20}, "raw_discount_tax_total": {"value": "0", "precision": 20}, "raw_original_tax_total": {"value": "0", "precision": 20}}], "credit_line_total": 0, "custom_display_id": null, "discount_subtotal": 0, "original_subtotal": 47.5, "raw_item_subtotal": {"value": "37.5", "precision": 20}, "raw_shipped_total": {"value": "0", "precision": 20}, "shipping_subtotal": 10, "billing_address_id": "ordaddr_01M8QAGH508V3VGXFE71VE2FF5", "discount_tax_total": 0, "original_tax_total": 0, "raw_discount_total": {"value": "0", "precision": 20}, "raw_item_tax_total": {"value": "0", "precision": 20}, "raw_original_total": {"value": "47.5", "precision": 20}, "raw_shipping_total": {"value": "10", "precision": 20}, "shipping_tax_total": 0, "item_discount_total": 0, "original_item_total": 37.5, "raw_fulfilled_total": {"value": "0", "precision": 20}, "raw_write_off_total": {"value": "0", "precision": 20}, "shipping_address_id": "ordaddr_01M8QAGH50QENJ27MC2312361Z", "credit_line_subtotal": 0, "credit_line_tax_total": 0, "raw_credit_line_total": {"value": "0", "precision": 20}, "raw_discount_subtotal": {"value": "0", "precision": 20}, "raw_original_subtotal": {"value": "47.5", "precision": 20}, "raw_shipping_subtotal": {"value": "10", "precision": 20}, "return_received_total": 0, "original_item_subtotal": 37.5, "raw_discount_tax_total": {"value": "0", "precision": 20}, "raw_original_tax_total": {"value": "0", "precision": 20}, "raw_shipping_tax_total": {"value": "0", "precision": 20}, "return_dismissed_total": 0, "return_requested_total": 0, "original_item_tax_total": 0, "original_shipping_total": 10, "raw_item_discount_total": {"value": "0", "precision": 20}, "raw_original_item_total": {"value": "37.5", "precision": 20}, "shipping_discount_total": 0, "raw_credit_line_subtotal": {"value": "0", "precision": 20}, "raw_credit_line_tax_total": {"value": "0", "precision": 20}, "raw_return_received_total": {"value": "0", "precision": 20}, "original_shipping_subtotal": 10, "raw_original_item_subtotal": {"value": "37.5", "precision": 20}, "raw_return_dismissed_total": {"value": "0", "precision": 20}, "raw_return_requested_total": {"value": "0", "precision": 20}, "original_shipping_tax_total": 0, "raw_original_item_tax_total": {"value": "0", "precision": 20}, "raw_original_shipping_total": {"value": "10", "precision": 20}, "raw_shipping_discount_total": {"value": "0", "precision": 20}, "raw_original_shipping_subtotal": {"value": "10", "precision": 20}, "raw_original_shipping_tax_total": {"value": "0", "precision": 20}}], "compensateInput": ["order_01M8QAGH542D62TH6802GVF294"]}}, "register-usage": {"__type": "Symbol(WorkflowWorkflowData)", "output": {"__type": "Symbol(WorkflowStepResponse)", "output": null, "compensateInput": {"computedActions": [], "registrationContext": {"customer_id": "cus_01M8QAGFXND5MAX6VCFG6QNXWP", "customer_email": "jane@example.com"}}}}, "emit-event-step": {"__type": "Symbol(WorkflowWorkflowData)", "output": {"__type": "Symbol(WorkflowStepResponse)", "output": {"eventName": "order.placed", "eventGroupId": "01M8QAGH1KTR7DVJQ19FQW8ETA"}, "compensateInput": {"eventName": "order.placed", "eventGroupId": "01M8QAGH1KTR7DVJQ19FQW8ETA"}}}, "acquire-lock-step": {"__type": "Symbol(WorkflowWorkflowData)", "output": {"__type": "Symbol(WorkflowStepResponse)", "compensateInput": {"keys": ["cart_01M8QAGG8TCE9KF1Y5MCRRB896"]}}}, "release-lock-step": {"__type": "Symbol(WorkflowWorkflowData)", "output": {"__type": "Symbol(WorkflowStepResponse)", "output": true, "compensateInput": true}}, "validate-shipping": {"__type": "Symbol(WorkflowWorkflowData)", "output": {"__type": "Symbol(WorkflowStepResponse)"}}, "create-remote-links": {"__type": "Symbol(WorkflowWorkflowData)", "output": {"__type": "Symbol(WorkflowStepResponse)", "output": [{"cart": {"cart_id": "cart_01M8QAGG8TCE9KF1Y5MCRRB896"}, "order": {"order_id": "order_01M8QAGH542D62TH6802GVF294"}}, {"order": {"order_id": "order_01M8QAGH542D62TH6802GVF294"}, "payment": {"payment_collection_id": "pay_col_01M8QAGGZGMZWWY1GFE8ZQZEF2"}}], "compensateInput": [{"cart": {"cart_id": "cart_01M8QAGG8TCE9KF1Y5MCRRB896"}, "order": {"order_id": "order_01M8QAGH542D62TH6802GVF294"}}, {"order": {"order_id": "order_01M8QAGH542D62TH6802GVF294"}, "payment": {"payment_collection_id": "pay_col_01M8QAGGZGMZWWY1GFE8ZQZEF2"}}]}}, "validate-cart-items": {"__type": "Symbol(WorkflowWorkflowData)", "output": {"__type": "Symbol(WorkflowStepResponse)"}}, "use-query-graph-step": {"__type": "Symbol(WorkflowWorkflowData)", "output": {"__type": "Symbol(WorkflowStepResponse)", "output": {}, "compensateInput": {}}}, "add-order-transaction": {"__type": "Symbol(WorkflowWorkflowData)", "output": {"__type": "Symbol(WorkflowStepResponse)", "output": null, "compensateInput": null}}, "reserve-inventory-step": {"__type": "Symbol(WorkflowWorkflowData)", "output": {"__type": "Symbol(WorkflowStepResponse)", "output": [], "compensateInput": {"reservations": [], "inventoryItemIds": []}}}, "shipping-options-query": {"__type": "Symbol(WorkflowWorkflowData)", "output": {"__type": "Symbol(WorkflowStepResponse)", "output": {"data": [{"id": "so_01M8QAGFJXB6H08B6ZMKE3512V", "shipping_profile_id": "sp_01M8QAG92NYHFPCVHB98JZYMBV"}]}, "compensateInput": {"data": [{"id": "so_01M8QAGFJXB6H08B6ZMKE3512V", "shipping_profile_id": "sp_01M8QAG92NYHFPCVHB98JZYMBV"}]}}}, "validate-cart-payments": {"__type": "Symbol(WorkflowWorkflowData)", "output": {"__type": "Symbol(WorkflowStepResponse)", "output": [{"id": "payses_01M8QAGH17Z7X37A50RE6TJ5ER", "data": {}, "amount": 47.5, "status": "pending", "context": {}, "payment": null, "metadata": {}, "created_at": "2026-11-30T22:51:49.159Z", "deleted_at": null, "raw_amount": {"value": "47.5", "precision": 20}, "updated_at": "2026-11-30T22:51:49.159Z", "provider_id": "pp_system_default", "authorized_at": null, "currency_code": "eur", "payment_collection_id": "pay_col_01M8QAGGZGMZWWY1GFE8ZQZEF2"}], "compensateInput": [{"id": "payses_01M8QAGH17Z7X37A50RE6TJ5ER", "data": {}, "amount": 47.5, "status": "pending", "context": {}, "payment": null, "metadata": {}, "created_at": "2026-11-30T22:51:49.159Z", "deleted_at": null, "raw_amount": {"value": "47.5", "precision": 20}, "updated_at": "2026-11-30T22:51:49.159Z", "provider_id": "pp_system_default", "authorized_at": null, "currency_code": "eur", "payment_collection_id": "pay_col_01M8QAGGZGMZWWY1GFE8ZQZEF2"}]}}, "beforePaymentAuthorization": {"__type": "Symbol(WorkflowWorkflowData)", "output": {"__type": "Symbol(WorkflowStepResponse)"}}, "compensate-payment-if-needed": {"__type": "Symbol(WorkflowWorkflowData)", "output": {"__type": "Symbol(WorkflowStepResponse)", "output": "payses_01M8QAGH17Z7X37A50RE6TJ5ER", "compensateInput": "payses_01M8QAGH17Z7X37A50RE6TJ5ER"}}, "emit-reservation-item-created": {"__type": "Symbol(WorkflowWorkflowData)"}, "authorize-payment-session-step": {"__type": "Symbol(WorkflowWorkflowData)", "output": {"__type": "Symbol(WorkflowStepResponse)", "output": {"id": "pay_01M8QAGH8F36SRM6XPFT5246DE", "data": {}, "amount": 47.5, "captures": [], "metadata": null, "created_at": "2026-11-30T22:51:49.391Z", "deleted_at": null, "raw_amount": {"value": "47.5", "precision": 20}, "updated_at": "2026-11-30T22:51:49.391Z", "canceled_at": null, "captured_at": null, "provider_id": "pp_system_default", "currency_code": "eur", "payment_collection": {"id": "pay_col_01M8QAGGZGMZWWY1GFE8ZQZEF2"}, "payment_session_id": "payses_01M8QAGH17Z7X37A50RE6TJ5ER", "payment_collection_id": "pay_col_01M8QAGGZGMZWWY1GFE8ZQZEF2"}, "compensateInput": {"id": "pay_01M8QAGH8F36SRM6XPFT5246DE", "data": {}, "amount": 47.5, "captures": [], "metadata": null, "created_at": "2026-11-30T22:51:49.391Z", "deleted_at": null, "raw_amount": {"value": "47.5", "precision": 20}, "updated_at": "2026-11-30T22:51:49.391Z", "canceled_at": null, "captured_at": null, "provider_id": "pp_system_default", "currency_code": "eur", "payment_collection": {"id": "pay_col_01M8QAGGZGMZWWY1GFE8ZQZEF2"}, "payment_session_id": "payses_01M8QAGH17Z7X37A50RE6TJ5ER", "payment_collection_id": "pay_col_01M8QAGGZGMZWWY1GFE8ZQZEF2"}}}}, "payload": {"id": "cart_01M8QAGG8TCE9KF1Y5MCRRB896"}, "compensate": {}}, "errors": []}	done	2026-11-30 22:51:49.18	2026-11-30 22:51:49.443	\N	259200	01M8QAGH1NBZSPX0AC6KWSGZXV
\.


--
-- Name: link_module_migrations_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.link_module_migrations_id_seq', 20, true);


--
-- Name: mikro_orm_migrations_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.mikro_orm_migrations_id_seq', 182, true);


--
-- Name: order_change_action_ordering_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.order_change_action_ordering_seq', 1, true);


--
-- Name: order_claim_display_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.order_claim_display_id_seq', 1, false);


--
-- Name: order_display_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.order_display_id_seq', 6, true);


--
-- Name: order_exchange_display_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.order_exchange_display_id_seq', 1, false);


--
-- Name: return_display_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.return_display_id_seq', 1, false);


--
-- Name: script_migrations_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.script_migrations_id_seq', 5, true);


--
-- Name: account_holder account_holder_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.account_holder
    ADD CONSTRAINT account_holder_pkey PRIMARY KEY (id);


--
-- Name: api_key api_key_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_key
    ADD CONSTRAINT api_key_pkey PRIMARY KEY (id);


--
-- Name: application_method_buy_rules application_method_buy_rules_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.application_method_buy_rules
    ADD CONSTRAINT application_method_buy_rules_pkey PRIMARY KEY (application_method_id, promotion_rule_id);


--
-- Name: application_method_target_rules application_method_target_rules_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.application_method_target_rules
    ADD CONSTRAINT application_method_target_rules_pkey PRIMARY KEY (application_method_id, promotion_rule_id);


--
-- Name: auth_identity auth_identity_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_identity
    ADD CONSTRAINT auth_identity_pkey PRIMARY KEY (id);


--
-- Name: auth_mfa_factor auth_mfa_factor_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_mfa_factor
    ADD CONSTRAINT auth_mfa_factor_pkey PRIMARY KEY (id);


--
-- Name: auth_mfa_recovery_code auth_mfa_recovery_code_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_mfa_recovery_code
    ADD CONSTRAINT auth_mfa_recovery_code_pkey PRIMARY KEY (id);


--
-- Name: auth_password_reset_token auth_password_reset_token_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_password_reset_token
    ADD CONSTRAINT auth_password_reset_token_pkey PRIMARY KEY (id);


--
-- Name: auth_verification auth_verification_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_verification
    ADD CONSTRAINT auth_verification_pkey PRIMARY KEY (id);


--
-- Name: capture capture_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.capture
    ADD CONSTRAINT capture_pkey PRIMARY KEY (id);


--
-- Name: cart_address cart_address_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cart_address
    ADD CONSTRAINT cart_address_pkey PRIMARY KEY (id);


--
-- Name: cart_line_item_adjustment cart_line_item_adjustment_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cart_line_item_adjustment
    ADD CONSTRAINT cart_line_item_adjustment_pkey PRIMARY KEY (id);


--
-- Name: cart_line_item cart_line_item_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cart_line_item
    ADD CONSTRAINT cart_line_item_pkey PRIMARY KEY (id);


--
-- Name: cart_line_item_tax_line cart_line_item_tax_line_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cart_line_item_tax_line
    ADD CONSTRAINT cart_line_item_tax_line_pkey PRIMARY KEY (id);


--
-- Name: cart_payment_collection cart_payment_collection_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cart_payment_collection
    ADD CONSTRAINT cart_payment_collection_pkey PRIMARY KEY (cart_id, payment_collection_id);


--
-- Name: cart cart_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cart
    ADD CONSTRAINT cart_pkey PRIMARY KEY (id);


--
-- Name: cart_promotion cart_promotion_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cart_promotion
    ADD CONSTRAINT cart_promotion_pkey PRIMARY KEY (cart_id, promotion_id);


--
-- Name: cart_shipping_method_adjustment cart_shipping_method_adjustment_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cart_shipping_method_adjustment
    ADD CONSTRAINT cart_shipping_method_adjustment_pkey PRIMARY KEY (id);


--
-- Name: cart_shipping_method cart_shipping_method_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cart_shipping_method
    ADD CONSTRAINT cart_shipping_method_pkey PRIMARY KEY (id);


--
-- Name: cart_shipping_method_tax_line cart_shipping_method_tax_line_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cart_shipping_method_tax_line
    ADD CONSTRAINT cart_shipping_method_tax_line_pkey PRIMARY KEY (id);


--
-- Name: credit_line credit_line_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.credit_line
    ADD CONSTRAINT credit_line_pkey PRIMARY KEY (id);


--
-- Name: currency currency_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.currency
    ADD CONSTRAINT currency_pkey PRIMARY KEY (code);


--
-- Name: customer_account_holder customer_account_holder_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.customer_account_holder
    ADD CONSTRAINT customer_account_holder_pkey PRIMARY KEY (customer_id, account_holder_id);


--
-- Name: customer_address customer_address_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.customer_address
    ADD CONSTRAINT customer_address_pkey PRIMARY KEY (id);


--
-- Name: customer_group_customer customer_group_customer_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.customer_group_customer
    ADD CONSTRAINT customer_group_customer_pkey PRIMARY KEY (id);


--
-- Name: customer_group customer_group_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.customer_group
    ADD CONSTRAINT customer_group_pkey PRIMARY KEY (id);


--
-- Name: customer customer_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.customer
    ADD CONSTRAINT customer_pkey PRIMARY KEY (id);


--
-- Name: fulfillment_address fulfillment_address_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fulfillment_address
    ADD CONSTRAINT fulfillment_address_pkey PRIMARY KEY (id);


--
-- Name: fulfillment_item fulfillment_item_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fulfillment_item
    ADD CONSTRAINT fulfillment_item_pkey PRIMARY KEY (id);


--
-- Name: fulfillment_label fulfillment_label_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fulfillment_label
    ADD CONSTRAINT fulfillment_label_pkey PRIMARY KEY (id);


--
-- Name: fulfillment fulfillment_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fulfillment
    ADD CONSTRAINT fulfillment_pkey PRIMARY KEY (id);


--
-- Name: fulfillment_provider fulfillment_provider_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fulfillment_provider
    ADD CONSTRAINT fulfillment_provider_pkey PRIMARY KEY (id);


--
-- Name: fulfillment_set fulfillment_set_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fulfillment_set
    ADD CONSTRAINT fulfillment_set_pkey PRIMARY KEY (id);


--
-- Name: geo_zone geo_zone_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.geo_zone
    ADD CONSTRAINT geo_zone_pkey PRIMARY KEY (id);


--
-- Name: image image_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.image
    ADD CONSTRAINT image_pkey PRIMARY KEY (id);


--
-- Name: inventory_item inventory_item_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.inventory_item
    ADD CONSTRAINT inventory_item_pkey PRIMARY KEY (id);


--
-- Name: inventory_level inventory_level_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.inventory_level
    ADD CONSTRAINT inventory_level_pkey PRIMARY KEY (id);


--
-- Name: invite invite_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.invite
    ADD CONSTRAINT invite_pkey PRIMARY KEY (id);


--
-- Name: layout_configuration layout_configuration_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.layout_configuration
    ADD CONSTRAINT layout_configuration_pkey PRIMARY KEY (id);


--
-- Name: link_module_migrations link_module_migrations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.link_module_migrations
    ADD CONSTRAINT link_module_migrations_pkey PRIMARY KEY (id);


--
-- Name: link_module_migrations link_module_migrations_table_name_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.link_module_migrations
    ADD CONSTRAINT link_module_migrations_table_name_key UNIQUE (table_name);


--
-- Name: location_fulfillment_provider location_fulfillment_provider_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.location_fulfillment_provider
    ADD CONSTRAINT location_fulfillment_provider_pkey PRIMARY KEY (stock_location_id, fulfillment_provider_id);


--
-- Name: location_fulfillment_set location_fulfillment_set_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.location_fulfillment_set
    ADD CONSTRAINT location_fulfillment_set_pkey PRIMARY KEY (stock_location_id, fulfillment_set_id);


--
-- Name: mikro_orm_migrations mikro_orm_migrations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mikro_orm_migrations
    ADD CONSTRAINT mikro_orm_migrations_pkey PRIMARY KEY (id);


--
-- Name: notification notification_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notification
    ADD CONSTRAINT notification_pkey PRIMARY KEY (id);


--
-- Name: notification_provider notification_provider_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notification_provider
    ADD CONSTRAINT notification_provider_pkey PRIMARY KEY (id);


--
-- Name: order_address order_address_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.order_address
    ADD CONSTRAINT order_address_pkey PRIMARY KEY (id);


--
-- Name: order_cart order_cart_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.order_cart
    ADD CONSTRAINT order_cart_pkey PRIMARY KEY (order_id, cart_id);


--
-- Name: order_change_action order_change_action_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.order_change_action
    ADD CONSTRAINT order_change_action_pkey PRIMARY KEY (id);


--
-- Name: order_change order_change_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.order_change
    ADD CONSTRAINT order_change_pkey PRIMARY KEY (id);


--
-- Name: order_claim_item_image order_claim_item_image_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.order_claim_item_image
    ADD CONSTRAINT order_claim_item_image_pkey PRIMARY KEY (id);


--
-- Name: order_claim_item order_claim_item_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.order_claim_item
    ADD CONSTRAINT order_claim_item_pkey PRIMARY KEY (id);


--
-- Name: order_claim order_claim_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.order_claim
    ADD CONSTRAINT order_claim_pkey PRIMARY KEY (id);


--
-- Name: order_credit_line order_credit_line_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.order_credit_line
    ADD CONSTRAINT order_credit_line_pkey PRIMARY KEY (id);


--
-- Name: order_exchange_item order_exchange_item_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.order_exchange_item
    ADD CONSTRAINT order_exchange_item_pkey PRIMARY KEY (id);


--
-- Name: order_exchange order_exchange_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.order_exchange
    ADD CONSTRAINT order_exchange_pkey PRIMARY KEY (id);


--
-- Name: order_fulfillment order_fulfillment_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.order_fulfillment
    ADD CONSTRAINT order_fulfillment_pkey PRIMARY KEY (order_id, fulfillment_id);


--
-- Name: order_item order_item_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.order_item
    ADD CONSTRAINT order_item_pkey PRIMARY KEY (id);


--
-- Name: order_line_item_adjustment order_line_item_adjustment_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.order_line_item_adjustment
    ADD CONSTRAINT order_line_item_adjustment_pkey PRIMARY KEY (id);


--
-- Name: order_line_item order_line_item_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.order_line_item
    ADD CONSTRAINT order_line_item_pkey PRIMARY KEY (id);


--
-- Name: order_line_item_tax_line order_line_item_tax_line_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.order_line_item_tax_line
    ADD CONSTRAINT order_line_item_tax_line_pkey PRIMARY KEY (id);


--
-- Name: order_payment_collection order_payment_collection_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.order_payment_collection
    ADD CONSTRAINT order_payment_collection_pkey PRIMARY KEY (order_id, payment_collection_id);


--
-- Name: order order_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."order"
    ADD CONSTRAINT order_pkey PRIMARY KEY (id);


--
-- Name: order_promotion order_promotion_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.order_promotion
    ADD CONSTRAINT order_promotion_pkey PRIMARY KEY (order_id, promotion_id);


--
-- Name: order_shipping_method_adjustment order_shipping_method_adjustment_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.order_shipping_method_adjustment
    ADD CONSTRAINT order_shipping_method_adjustment_pkey PRIMARY KEY (id);


--
-- Name: order_shipping_method order_shipping_method_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.order_shipping_method
    ADD CONSTRAINT order_shipping_method_pkey PRIMARY KEY (id);


--
-- Name: order_shipping_method_tax_line order_shipping_method_tax_line_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.order_shipping_method_tax_line
    ADD CONSTRAINT order_shipping_method_tax_line_pkey PRIMARY KEY (id);


--
-- Name: order_shipping order_shipping_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.order_shipping
    ADD CONSTRAINT order_shipping_pkey PRIMARY KEY (id);


--
-- Name: order_summary order_summary_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.order_summary
    ADD CONSTRAINT order_summary_pkey PRIMARY KEY (id);


--
-- Name: order_transaction order_transaction_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.order_transaction
    ADD CONSTRAINT order_transaction_pkey PRIMARY KEY (id);


--
-- Name: payment_collection_payment_providers payment_collection_payment_providers_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payment_collection_payment_providers
    ADD CONSTRAINT payment_collection_payment_providers_pkey PRIMARY KEY (payment_collection_id, payment_provider_id);


--
-- Name: payment_collection payment_collection_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payment_collection
    ADD CONSTRAINT payment_collection_pkey PRIMARY KEY (id);


--
-- Name: payment payment_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payment
    ADD CONSTRAINT payment_pkey PRIMARY KEY (id);


--
-- Name: payment_provider payment_provider_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payment_provider
    ADD CONSTRAINT payment_provider_pkey PRIMARY KEY (id);


--
-- Name: payment_session payment_session_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payment_session
    ADD CONSTRAINT payment_session_pkey PRIMARY KEY (id);


--
-- Name: price_list price_list_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.price_list
    ADD CONSTRAINT price_list_pkey PRIMARY KEY (id);


--
-- Name: price_list_rule price_list_rule_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.price_list_rule
    ADD CONSTRAINT price_list_rule_pkey PRIMARY KEY (id);


--
-- Name: price price_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.price
    ADD CONSTRAINT price_pkey PRIMARY KEY (id);


--
-- Name: price_preference price_preference_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.price_preference
    ADD CONSTRAINT price_preference_pkey PRIMARY KEY (id);


--
-- Name: price_rule price_rule_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.price_rule
    ADD CONSTRAINT price_rule_pkey PRIMARY KEY (id);


--
-- Name: price_set price_set_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.price_set
    ADD CONSTRAINT price_set_pkey PRIMARY KEY (id);


--
-- Name: product_category product_category_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.product_category
    ADD CONSTRAINT product_category_pkey PRIMARY KEY (id);


--
-- Name: product_category_product product_category_product_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.product_category_product
    ADD CONSTRAINT product_category_product_pkey PRIMARY KEY (product_id, product_category_id);


--
-- Name: product_collection product_collection_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.product_collection
    ADD CONSTRAINT product_collection_pkey PRIMARY KEY (id);


--
-- Name: product_option product_option_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.product_option
    ADD CONSTRAINT product_option_pkey PRIMARY KEY (id);


--
-- Name: product_option_value product_option_value_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.product_option_value
    ADD CONSTRAINT product_option_value_pkey PRIMARY KEY (id);


--
-- Name: product product_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.product
    ADD CONSTRAINT product_pkey PRIMARY KEY (id);


--
-- Name: product_product_option product_product_option_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.product_product_option
    ADD CONSTRAINT product_product_option_pkey PRIMARY KEY (id);


--
-- Name: product_product_option_value product_product_option_value_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.product_product_option_value
    ADD CONSTRAINT product_product_option_value_pkey PRIMARY KEY (id);


--
-- Name: product_sales_channel product_sales_channel_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.product_sales_channel
    ADD CONSTRAINT product_sales_channel_pkey PRIMARY KEY (product_id, sales_channel_id);


--
-- Name: product_shipping_profile product_shipping_profile_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.product_shipping_profile
    ADD CONSTRAINT product_shipping_profile_pkey PRIMARY KEY (product_id, shipping_profile_id);


--
-- Name: product_tag product_tag_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.product_tag
    ADD CONSTRAINT product_tag_pkey PRIMARY KEY (id);


--
-- Name: product_tags product_tags_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.product_tags
    ADD CONSTRAINT product_tags_pkey PRIMARY KEY (product_id, product_tag_id);


--
-- Name: product_type product_type_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.product_type
    ADD CONSTRAINT product_type_pkey PRIMARY KEY (id);


--
-- Name: product_variant_inventory_item product_variant_inventory_item_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.product_variant_inventory_item
    ADD CONSTRAINT product_variant_inventory_item_pkey PRIMARY KEY (variant_id, inventory_item_id);


--
-- Name: product_variant_option product_variant_option_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.product_variant_option
    ADD CONSTRAINT product_variant_option_pkey PRIMARY KEY (variant_id, option_value_id);


--
-- Name: product_variant product_variant_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.product_variant
    ADD CONSTRAINT product_variant_pkey PRIMARY KEY (id);


--
-- Name: product_variant_price_set product_variant_price_set_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.product_variant_price_set
    ADD CONSTRAINT product_variant_price_set_pkey PRIMARY KEY (variant_id, price_set_id);


--
-- Name: product_variant_product_image product_variant_product_image_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.product_variant_product_image
    ADD CONSTRAINT product_variant_product_image_pkey PRIMARY KEY (id);


--
-- Name: promotion_application_method promotion_application_method_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.promotion_application_method
    ADD CONSTRAINT promotion_application_method_pkey PRIMARY KEY (id);


--
-- Name: promotion_campaign_budget promotion_campaign_budget_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.promotion_campaign_budget
    ADD CONSTRAINT promotion_campaign_budget_pkey PRIMARY KEY (id);


--
-- Name: promotion_campaign_budget_usage promotion_campaign_budget_usage_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.promotion_campaign_budget_usage
    ADD CONSTRAINT promotion_campaign_budget_usage_pkey PRIMARY KEY (id);


--
-- Name: promotion_campaign promotion_campaign_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.promotion_campaign
    ADD CONSTRAINT promotion_campaign_pkey PRIMARY KEY (id);


--
-- Name: promotion promotion_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.promotion
    ADD CONSTRAINT promotion_pkey PRIMARY KEY (id);


--
-- Name: promotion_promotion_rule promotion_promotion_rule_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.promotion_promotion_rule
    ADD CONSTRAINT promotion_promotion_rule_pkey PRIMARY KEY (promotion_id, promotion_rule_id);


--
-- Name: promotion_rule promotion_rule_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.promotion_rule
    ADD CONSTRAINT promotion_rule_pkey PRIMARY KEY (id);


--
-- Name: promotion_rule_value promotion_rule_value_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.promotion_rule_value
    ADD CONSTRAINT promotion_rule_value_pkey PRIMARY KEY (id);


--
-- Name: property_label property_label_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.property_label
    ADD CONSTRAINT property_label_pkey PRIMARY KEY (id);


--
-- Name: provider_identity provider_identity_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.provider_identity
    ADD CONSTRAINT provider_identity_pkey PRIMARY KEY (id);


--
-- Name: publishable_api_key_sales_channel publishable_api_key_sales_channel_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.publishable_api_key_sales_channel
    ADD CONSTRAINT publishable_api_key_sales_channel_pkey PRIMARY KEY (publishable_key_id, sales_channel_id);


--
-- Name: refund refund_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.refund
    ADD CONSTRAINT refund_pkey PRIMARY KEY (id);


--
-- Name: refund_reason refund_reason_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.refund_reason
    ADD CONSTRAINT refund_reason_pkey PRIMARY KEY (id);


--
-- Name: region_country region_country_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.region_country
    ADD CONSTRAINT region_country_pkey PRIMARY KEY (iso_2);


--
-- Name: region_payment_provider region_payment_provider_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.region_payment_provider
    ADD CONSTRAINT region_payment_provider_pkey PRIMARY KEY (region_id, payment_provider_id);


--
-- Name: region region_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.region
    ADD CONSTRAINT region_pkey PRIMARY KEY (id);


--
-- Name: reservation_item reservation_item_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reservation_item
    ADD CONSTRAINT reservation_item_pkey PRIMARY KEY (id);


--
-- Name: return_fulfillment return_fulfillment_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.return_fulfillment
    ADD CONSTRAINT return_fulfillment_pkey PRIMARY KEY (return_id, fulfillment_id);


--
-- Name: return_item return_item_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.return_item
    ADD CONSTRAINT return_item_pkey PRIMARY KEY (id);


--
-- Name: return return_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.return
    ADD CONSTRAINT return_pkey PRIMARY KEY (id);


--
-- Name: return_reason return_reason_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.return_reason
    ADD CONSTRAINT return_reason_pkey PRIMARY KEY (id);


--
-- Name: sales_channel sales_channel_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sales_channel
    ADD CONSTRAINT sales_channel_pkey PRIMARY KEY (id);


--
-- Name: sales_channel_stock_location sales_channel_stock_location_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sales_channel_stock_location
    ADD CONSTRAINT sales_channel_stock_location_pkey PRIMARY KEY (sales_channel_id, stock_location_id);


--
-- Name: script_migrations script_migrations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.script_migrations
    ADD CONSTRAINT script_migrations_pkey PRIMARY KEY (id);


--
-- Name: search_index search_index_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.search_index
    ADD CONSTRAINT search_index_pkey PRIMARY KEY (id);


--
-- Name: search_index_sync search_index_sync_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.search_index_sync
    ADD CONSTRAINT search_index_sync_pkey PRIMARY KEY (id);


--
-- Name: search_index_version search_index_version_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.search_index_version
    ADD CONSTRAINT search_index_version_pkey PRIMARY KEY (id);


--
-- Name: search_postgres_index search_postgres_index_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.search_postgres_index
    ADD CONSTRAINT search_postgres_index_pkey PRIMARY KEY (name);


--
-- Name: service_zone service_zone_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.service_zone
    ADD CONSTRAINT service_zone_pkey PRIMARY KEY (id);


--
-- Name: shipping_option shipping_option_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.shipping_option
    ADD CONSTRAINT shipping_option_pkey PRIMARY KEY (id);


--
-- Name: shipping_option_price_set shipping_option_price_set_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.shipping_option_price_set
    ADD CONSTRAINT shipping_option_price_set_pkey PRIMARY KEY (shipping_option_id, price_set_id);


--
-- Name: shipping_option_rule shipping_option_rule_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.shipping_option_rule
    ADD CONSTRAINT shipping_option_rule_pkey PRIMARY KEY (id);


--
-- Name: shipping_option_type shipping_option_type_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.shipping_option_type
    ADD CONSTRAINT shipping_option_type_pkey PRIMARY KEY (id);


--
-- Name: shipping_profile shipping_profile_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.shipping_profile
    ADD CONSTRAINT shipping_profile_pkey PRIMARY KEY (id);


--
-- Name: stock_location_address stock_location_address_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stock_location_address
    ADD CONSTRAINT stock_location_address_pkey PRIMARY KEY (id);


--
-- Name: stock_location stock_location_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stock_location
    ADD CONSTRAINT stock_location_pkey PRIMARY KEY (id);


--
-- Name: store_currency store_currency_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.store_currency
    ADD CONSTRAINT store_currency_pkey PRIMARY KEY (id);


--
-- Name: store_locale store_locale_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.store_locale
    ADD CONSTRAINT store_locale_pkey PRIMARY KEY (id);


--
-- Name: store store_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.store
    ADD CONSTRAINT store_pkey PRIMARY KEY (id);


--
-- Name: tax_provider tax_provider_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tax_provider
    ADD CONSTRAINT tax_provider_pkey PRIMARY KEY (id);


--
-- Name: tax_rate tax_rate_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tax_rate
    ADD CONSTRAINT tax_rate_pkey PRIMARY KEY (id);


--
-- Name: tax_rate_rule tax_rate_rule_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tax_rate_rule
    ADD CONSTRAINT tax_rate_rule_pkey PRIMARY KEY (id);


--
-- Name: tax_region tax_region_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tax_region
    ADD CONSTRAINT tax_region_pkey PRIMARY KEY (id);


--
-- Name: user user_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."user"
    ADD CONSTRAINT user_pkey PRIMARY KEY (id);


--
-- Name: user_preference user_preference_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_preference
    ADD CONSTRAINT user_preference_pkey PRIMARY KEY (id);


--
-- Name: view_configuration view_configuration_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.view_configuration
    ADD CONSTRAINT view_configuration_pkey PRIMARY KEY (id);


--
-- Name: workflow_execution workflow_execution_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.workflow_execution
    ADD CONSTRAINT workflow_execution_pkey PRIMARY KEY (workflow_id, transaction_id, run_id);


--
-- Name: IDX_account_holder_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_account_holder_deleted_at" ON public.account_holder USING btree (deleted_at) WHERE (deleted_at IS NULL);


--
-- Name: IDX_account_holder_id_5cb3a0c0; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_account_holder_id_5cb3a0c0" ON public.customer_account_holder USING btree (account_holder_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_account_holder_provider_id_external_id_unique; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IDX_account_holder_provider_id_external_id_unique" ON public.account_holder USING btree (provider_id, external_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_api_key_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_api_key_deleted_at" ON public.api_key USING btree (deleted_at) WHERE (deleted_at IS NULL);


--
-- Name: IDX_api_key_redacted; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_api_key_redacted" ON public.api_key USING btree (redacted) WHERE (deleted_at IS NULL);


--
-- Name: IDX_api_key_revoked_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_api_key_revoked_at" ON public.api_key USING btree (revoked_at) WHERE (deleted_at IS NULL);


--
-- Name: IDX_api_key_token_unique; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IDX_api_key_token_unique" ON public.api_key USING btree (token);


--
-- Name: IDX_api_key_type; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_api_key_type" ON public.api_key USING btree (type);


--
-- Name: IDX_application_method_allocation; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_application_method_allocation" ON public.promotion_application_method USING btree (allocation);


--
-- Name: IDX_application_method_target_type; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_application_method_target_type" ON public.promotion_application_method USING btree (target_type);


--
-- Name: IDX_application_method_type; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_application_method_type" ON public.promotion_application_method USING btree (type);


--
-- Name: IDX_auth_identity_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_auth_identity_deleted_at" ON public.auth_identity USING btree (deleted_at) WHERE (deleted_at IS NULL);


--
-- Name: IDX_auth_mfa_factor_auth_identity_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_auth_mfa_factor_auth_identity_id" ON public.auth_mfa_factor USING btree (auth_identity_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_auth_mfa_factor_auth_identity_provider_active; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IDX_auth_mfa_factor_auth_identity_provider_active" ON public.auth_mfa_factor USING btree (auth_identity_id, provider) WHERE ((deleted_at IS NULL) AND (status = ANY (ARRAY['pending'::text, 'enabled'::text])));


--
-- Name: IDX_auth_mfa_factor_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_auth_mfa_factor_deleted_at" ON public.auth_mfa_factor USING btree (deleted_at) WHERE (deleted_at IS NULL);


--
-- Name: IDX_auth_mfa_recovery_code_auth_identity_code_hash; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IDX_auth_mfa_recovery_code_auth_identity_code_hash" ON public.auth_mfa_recovery_code USING btree (auth_identity_id, code_hash) WHERE (deleted_at IS NULL);


--
-- Name: IDX_auth_mfa_recovery_code_auth_identity_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_auth_mfa_recovery_code_auth_identity_id" ON public.auth_mfa_recovery_code USING btree (auth_identity_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_auth_mfa_recovery_code_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_auth_mfa_recovery_code_deleted_at" ON public.auth_mfa_recovery_code USING btree (deleted_at) WHERE (deleted_at IS NULL);


--
-- Name: IDX_auth_password_reset_token_auth_identity_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_auth_password_reset_token_auth_identity_id" ON public.auth_password_reset_token USING btree (auth_identity_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_auth_password_reset_token_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_auth_password_reset_token_deleted_at" ON public.auth_password_reset_token USING btree (deleted_at) WHERE (deleted_at IS NULL);


--
-- Name: IDX_auth_password_reset_token_expires_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_auth_password_reset_token_expires_at" ON public.auth_password_reset_token USING btree (expires_at) WHERE (deleted_at IS NULL);


--
-- Name: IDX_auth_password_reset_token_provider_identity_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_auth_password_reset_token_provider_identity_id" ON public.auth_password_reset_token USING btree (provider_identity_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_auth_password_reset_token_token_hash; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_auth_password_reset_token_token_hash" ON public.auth_password_reset_token USING btree (token_hash) WHERE (deleted_at IS NULL);


--
-- Name: IDX_auth_verification_auth_identity_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_auth_verification_auth_identity_id" ON public.auth_verification USING btree (auth_identity_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_auth_verification_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_auth_verification_deleted_at" ON public.auth_verification USING btree (deleted_at) WHERE (deleted_at IS NULL);


--
-- Name: IDX_auth_verification_unique_auth_identity_entity_id_entity_typ; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IDX_auth_verification_unique_auth_identity_entity_id_entity_typ" ON public.auth_verification USING btree (auth_identity_id, entity_id, entity_type) WHERE (deleted_at IS NULL);


--
-- Name: IDX_campaign_budget_type; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_campaign_budget_type" ON public.promotion_campaign_budget USING btree (type);


--
-- Name: IDX_capture_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_capture_deleted_at" ON public.capture USING btree (deleted_at);


--
-- Name: IDX_capture_payment_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_capture_payment_id" ON public.capture USING btree (payment_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_cart_address_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_cart_address_deleted_at" ON public.cart_address USING btree (deleted_at) WHERE (deleted_at IS NOT NULL);


--
-- Name: IDX_cart_billing_address_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_cart_billing_address_id" ON public.cart USING btree (billing_address_id) WHERE ((deleted_at IS NULL) AND (billing_address_id IS NOT NULL));


--
-- Name: IDX_cart_credit_line_reference_reference_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_cart_credit_line_reference_reference_id" ON public.credit_line USING btree (reference, reference_id) WHERE (deleted_at IS NOT NULL);


--
-- Name: IDX_cart_currency_code; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_cart_currency_code" ON public.cart USING btree (currency_code);


--
-- Name: IDX_cart_customer_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_cart_customer_id" ON public.cart USING btree (customer_id) WHERE ((deleted_at IS NULL) AND (customer_id IS NOT NULL));


--
-- Name: IDX_cart_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_cart_deleted_at" ON public.cart USING btree (deleted_at) WHERE (deleted_at IS NOT NULL);


--
-- Name: IDX_cart_id_-4a39f6c9; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_cart_id_-4a39f6c9" ON public.cart_payment_collection USING btree (cart_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_cart_id_-71069c16; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_cart_id_-71069c16" ON public.order_cart USING btree (cart_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_cart_id_-a9d4a70b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_cart_id_-a9d4a70b" ON public.cart_promotion USING btree (cart_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_cart_line_item_adjustment_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_cart_line_item_adjustment_deleted_at" ON public.cart_line_item_adjustment USING btree (deleted_at) WHERE (deleted_at IS NOT NULL);


--
-- Name: IDX_cart_line_item_adjustment_item_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_cart_line_item_adjustment_item_id" ON public.cart_line_item_adjustment USING btree (item_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_cart_line_item_cart_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_cart_line_item_cart_id" ON public.cart_line_item USING btree (cart_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_cart_line_item_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_cart_line_item_deleted_at" ON public.cart_line_item USING btree (deleted_at) WHERE (deleted_at IS NOT NULL);


--
-- Name: IDX_cart_line_item_tax_line_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_cart_line_item_tax_line_deleted_at" ON public.cart_line_item_tax_line USING btree (deleted_at) WHERE (deleted_at IS NOT NULL);


--
-- Name: IDX_cart_line_item_tax_line_item_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_cart_line_item_tax_line_item_id" ON public.cart_line_item_tax_line USING btree (item_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_cart_region_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_cart_region_id" ON public.cart USING btree (region_id) WHERE ((deleted_at IS NULL) AND (region_id IS NOT NULL));


--
-- Name: IDX_cart_sales_channel_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_cart_sales_channel_id" ON public.cart USING btree (sales_channel_id) WHERE ((deleted_at IS NULL) AND (sales_channel_id IS NOT NULL));


--
-- Name: IDX_cart_shipping_address_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_cart_shipping_address_id" ON public.cart USING btree (shipping_address_id) WHERE ((deleted_at IS NULL) AND (shipping_address_id IS NOT NULL));


--
-- Name: IDX_cart_shipping_method_adjustment_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_cart_shipping_method_adjustment_deleted_at" ON public.cart_shipping_method_adjustment USING btree (deleted_at) WHERE (deleted_at IS NOT NULL);


--
-- Name: IDX_cart_shipping_method_adjustment_shipping_method_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_cart_shipping_method_adjustment_shipping_method_id" ON public.cart_shipping_method_adjustment USING btree (shipping_method_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_cart_shipping_method_cart_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_cart_shipping_method_cart_id" ON public.cart_shipping_method USING btree (cart_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_cart_shipping_method_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_cart_shipping_method_deleted_at" ON public.cart_shipping_method USING btree (deleted_at) WHERE (deleted_at IS NOT NULL);


--
-- Name: IDX_cart_shipping_method_tax_line_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_cart_shipping_method_tax_line_deleted_at" ON public.cart_shipping_method_tax_line USING btree (deleted_at) WHERE (deleted_at IS NOT NULL);


--
-- Name: IDX_cart_shipping_method_tax_line_shipping_method_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_cart_shipping_method_tax_line_shipping_method_id" ON public.cart_shipping_method_tax_line USING btree (shipping_method_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_category_handle_unique; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IDX_category_handle_unique" ON public.product_category USING btree (handle) WHERE (deleted_at IS NULL);


--
-- Name: IDX_collection_handle_unique; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IDX_collection_handle_unique" ON public.product_collection USING btree (handle) WHERE (deleted_at IS NULL);


--
-- Name: IDX_credit_line_cart_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_credit_line_cart_id" ON public.credit_line USING btree (cart_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_credit_line_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_credit_line_deleted_at" ON public.credit_line USING btree (deleted_at) WHERE (deleted_at IS NULL);


--
-- Name: IDX_customer_address_customer_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_customer_address_customer_id" ON public.customer_address USING btree (customer_id);


--
-- Name: IDX_customer_address_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_customer_address_deleted_at" ON public.customer_address USING btree (deleted_at) WHERE (deleted_at IS NULL);


--
-- Name: IDX_customer_address_unique_customer_billing; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IDX_customer_address_unique_customer_billing" ON public.customer_address USING btree (customer_id) WHERE (is_default_billing = true);


--
-- Name: IDX_customer_address_unique_customer_shipping; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IDX_customer_address_unique_customer_shipping" ON public.customer_address USING btree (customer_id) WHERE (is_default_shipping = true);


--
-- Name: IDX_customer_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_customer_deleted_at" ON public.customer USING btree (deleted_at) WHERE (deleted_at IS NULL);


--
-- Name: IDX_customer_email_has_account_unique; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IDX_customer_email_has_account_unique" ON public.customer USING btree (email, has_account) WHERE (deleted_at IS NULL);


--
-- Name: IDX_customer_group_customer_customer_group_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_customer_group_customer_customer_group_id" ON public.customer_group_customer USING btree (customer_group_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_customer_group_customer_customer_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_customer_group_customer_customer_id" ON public.customer_group_customer USING btree (customer_id);


--
-- Name: IDX_customer_group_customer_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_customer_group_customer_deleted_at" ON public.customer_group_customer USING btree (deleted_at) WHERE (deleted_at IS NULL);


--
-- Name: IDX_customer_group_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_customer_group_deleted_at" ON public.customer_group USING btree (deleted_at) WHERE (deleted_at IS NULL);


--
-- Name: IDX_customer_group_name_unique; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IDX_customer_group_name_unique" ON public.customer_group USING btree (name) WHERE (deleted_at IS NULL);


--
-- Name: IDX_customer_id_5cb3a0c0; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_customer_id_5cb3a0c0" ON public.customer_account_holder USING btree (customer_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_deleted_at_-1d67bae40; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_deleted_at_-1d67bae40" ON public.publishable_api_key_sales_channel USING btree (deleted_at);


--
-- Name: IDX_deleted_at_-1e5992737; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_deleted_at_-1e5992737" ON public.location_fulfillment_provider USING btree (deleted_at);


--
-- Name: IDX_deleted_at_-31ea43a; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_deleted_at_-31ea43a" ON public.return_fulfillment USING btree (deleted_at);


--
-- Name: IDX_deleted_at_-4a39f6c9; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_deleted_at_-4a39f6c9" ON public.cart_payment_collection USING btree (deleted_at);


--
-- Name: IDX_deleted_at_-71069c16; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_deleted_at_-71069c16" ON public.order_cart USING btree (deleted_at);


--
-- Name: IDX_deleted_at_-71518339; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_deleted_at_-71518339" ON public.order_promotion USING btree (deleted_at);


--
-- Name: IDX_deleted_at_-a9d4a70b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_deleted_at_-a9d4a70b" ON public.cart_promotion USING btree (deleted_at);


--
-- Name: IDX_deleted_at_-e88adb96; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_deleted_at_-e88adb96" ON public.location_fulfillment_set USING btree (deleted_at);


--
-- Name: IDX_deleted_at_-e8d2543e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_deleted_at_-e8d2543e" ON public.order_fulfillment USING btree (deleted_at);


--
-- Name: IDX_deleted_at_17a262437; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_deleted_at_17a262437" ON public.product_shipping_profile USING btree (deleted_at);


--
-- Name: IDX_deleted_at_17b4c4e35; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_deleted_at_17b4c4e35" ON public.product_variant_inventory_item USING btree (deleted_at);


--
-- Name: IDX_deleted_at_1c934dab0; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_deleted_at_1c934dab0" ON public.region_payment_provider USING btree (deleted_at);


--
-- Name: IDX_deleted_at_20b454295; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_deleted_at_20b454295" ON public.product_sales_channel USING btree (deleted_at);


--
-- Name: IDX_deleted_at_26d06f470; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_deleted_at_26d06f470" ON public.sales_channel_stock_location USING btree (deleted_at);


--
-- Name: IDX_deleted_at_52b23597; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_deleted_at_52b23597" ON public.product_variant_price_set USING btree (deleted_at);


--
-- Name: IDX_deleted_at_5cb3a0c0; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_deleted_at_5cb3a0c0" ON public.customer_account_holder USING btree (deleted_at);


--
-- Name: IDX_deleted_at_ba32fa9c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_deleted_at_ba32fa9c" ON public.shipping_option_price_set USING btree (deleted_at);


--
-- Name: IDX_deleted_at_f42b9949; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_deleted_at_f42b9949" ON public.order_payment_collection USING btree (deleted_at);


--
-- Name: IDX_fulfillment_address_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_fulfillment_address_deleted_at" ON public.fulfillment_address USING btree (deleted_at) WHERE (deleted_at IS NOT NULL);


--
-- Name: IDX_fulfillment_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_fulfillment_deleted_at" ON public.fulfillment USING btree (deleted_at) WHERE (deleted_at IS NOT NULL);


--
-- Name: IDX_fulfillment_id_-31ea43a; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_fulfillment_id_-31ea43a" ON public.return_fulfillment USING btree (fulfillment_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_fulfillment_id_-e8d2543e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_fulfillment_id_-e8d2543e" ON public.order_fulfillment USING btree (fulfillment_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_fulfillment_item_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_fulfillment_item_deleted_at" ON public.fulfillment_item USING btree (deleted_at) WHERE (deleted_at IS NOT NULL);


--
-- Name: IDX_fulfillment_item_fulfillment_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_fulfillment_item_fulfillment_id" ON public.fulfillment_item USING btree (fulfillment_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_fulfillment_item_inventory_item_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_fulfillment_item_inventory_item_id" ON public.fulfillment_item USING btree (inventory_item_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_fulfillment_item_line_item_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_fulfillment_item_line_item_id" ON public.fulfillment_item USING btree (line_item_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_fulfillment_label_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_fulfillment_label_deleted_at" ON public.fulfillment_label USING btree (deleted_at) WHERE (deleted_at IS NOT NULL);


--
-- Name: IDX_fulfillment_label_fulfillment_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_fulfillment_label_fulfillment_id" ON public.fulfillment_label USING btree (fulfillment_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_fulfillment_location_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_fulfillment_location_id" ON public.fulfillment USING btree (location_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_fulfillment_provider_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_fulfillment_provider_deleted_at" ON public.fulfillment_provider USING btree (deleted_at) WHERE (deleted_at IS NULL);


--
-- Name: IDX_fulfillment_provider_id_-1e5992737; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_fulfillment_provider_id_-1e5992737" ON public.location_fulfillment_provider USING btree (fulfillment_provider_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_fulfillment_set_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_fulfillment_set_deleted_at" ON public.fulfillment_set USING btree (deleted_at) WHERE (deleted_at IS NOT NULL);


--
-- Name: IDX_fulfillment_set_id_-e88adb96; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_fulfillment_set_id_-e88adb96" ON public.location_fulfillment_set USING btree (fulfillment_set_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_fulfillment_set_name_unique; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IDX_fulfillment_set_name_unique" ON public.fulfillment_set USING btree (name) WHERE (deleted_at IS NULL);


--
-- Name: IDX_fulfillment_shipping_option_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_fulfillment_shipping_option_id" ON public.fulfillment USING btree (shipping_option_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_geo_zone_city; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_geo_zone_city" ON public.geo_zone USING btree (city) WHERE ((deleted_at IS NULL) AND (city IS NOT NULL));


--
-- Name: IDX_geo_zone_country_code; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_geo_zone_country_code" ON public.geo_zone USING btree (country_code) WHERE (deleted_at IS NULL);


--
-- Name: IDX_geo_zone_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_geo_zone_deleted_at" ON public.geo_zone USING btree (deleted_at) WHERE (deleted_at IS NOT NULL);


--
-- Name: IDX_geo_zone_province_code; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_geo_zone_province_code" ON public.geo_zone USING btree (province_code) WHERE ((deleted_at IS NULL) AND (province_code IS NOT NULL));


--
-- Name: IDX_geo_zone_service_zone_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_geo_zone_service_zone_id" ON public.geo_zone USING btree (service_zone_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_id_-1d67bae40; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_id_-1d67bae40" ON public.publishable_api_key_sales_channel USING btree (id);


--
-- Name: IDX_id_-1e5992737; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_id_-1e5992737" ON public.location_fulfillment_provider USING btree (id);


--
-- Name: IDX_id_-31ea43a; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_id_-31ea43a" ON public.return_fulfillment USING btree (id);


--
-- Name: IDX_id_-4a39f6c9; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_id_-4a39f6c9" ON public.cart_payment_collection USING btree (id);


--
-- Name: IDX_id_-71069c16; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_id_-71069c16" ON public.order_cart USING btree (id);


--
-- Name: IDX_id_-71518339; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_id_-71518339" ON public.order_promotion USING btree (id);


--
-- Name: IDX_id_-a9d4a70b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_id_-a9d4a70b" ON public.cart_promotion USING btree (id);


--
-- Name: IDX_id_-e88adb96; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_id_-e88adb96" ON public.location_fulfillment_set USING btree (id);


--
-- Name: IDX_id_-e8d2543e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_id_-e8d2543e" ON public.order_fulfillment USING btree (id);


--
-- Name: IDX_id_17a262437; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_id_17a262437" ON public.product_shipping_profile USING btree (id);


--
-- Name: IDX_id_17b4c4e35; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_id_17b4c4e35" ON public.product_variant_inventory_item USING btree (id);


--
-- Name: IDX_id_1c934dab0; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_id_1c934dab0" ON public.region_payment_provider USING btree (id);


--
-- Name: IDX_id_20b454295; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_id_20b454295" ON public.product_sales_channel USING btree (id);


--
-- Name: IDX_id_26d06f470; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_id_26d06f470" ON public.sales_channel_stock_location USING btree (id);


--
-- Name: IDX_id_52b23597; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_id_52b23597" ON public.product_variant_price_set USING btree (id);


--
-- Name: IDX_id_5cb3a0c0; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_id_5cb3a0c0" ON public.customer_account_holder USING btree (id);


--
-- Name: IDX_id_ba32fa9c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_id_ba32fa9c" ON public.shipping_option_price_set USING btree (id);


--
-- Name: IDX_id_f42b9949; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_id_f42b9949" ON public.order_payment_collection USING btree (id);


--
-- Name: IDX_image_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_image_deleted_at" ON public.image USING btree (deleted_at) WHERE (deleted_at IS NULL);


--
-- Name: IDX_image_product_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_image_product_id" ON public.image USING btree (product_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_inventory_item_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_inventory_item_deleted_at" ON public.inventory_item USING btree (deleted_at) WHERE (deleted_at IS NOT NULL);


--
-- Name: IDX_inventory_item_id_17b4c4e35; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_inventory_item_id_17b4c4e35" ON public.product_variant_inventory_item USING btree (inventory_item_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_inventory_item_sku; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IDX_inventory_item_sku" ON public.inventory_item USING btree (sku) WHERE (deleted_at IS NULL);


--
-- Name: IDX_inventory_level_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_inventory_level_deleted_at" ON public.inventory_level USING btree (deleted_at) WHERE (deleted_at IS NOT NULL);


--
-- Name: IDX_inventory_level_inventory_item_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_inventory_level_inventory_item_id" ON public.inventory_level USING btree (inventory_item_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_inventory_level_location_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_inventory_level_location_id" ON public.inventory_level USING btree (location_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_inventory_level_location_id_inventory_item_id; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IDX_inventory_level_location_id_inventory_item_id" ON public.inventory_level USING btree (inventory_item_id, location_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_invite_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_invite_deleted_at" ON public.invite USING btree (deleted_at) WHERE (deleted_at IS NOT NULL);


--
-- Name: IDX_invite_email_unique; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IDX_invite_email_unique" ON public.invite USING btree (email) WHERE (deleted_at IS NULL);


--
-- Name: IDX_invite_token; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_invite_token" ON public.invite USING btree (token) WHERE (deleted_at IS NULL);


--
-- Name: IDX_layout_configuration_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_layout_configuration_deleted_at" ON public.layout_configuration USING btree (deleted_at) WHERE (deleted_at IS NULL);


--
-- Name: IDX_layout_configuration_zone_unique; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IDX_layout_configuration_zone_unique" ON public.layout_configuration USING btree (zone) WHERE ((is_system_default = true) AND (deleted_at IS NULL));


--
-- Name: IDX_layout_configuration_zone_user_id_unique; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IDX_layout_configuration_zone_user_id_unique" ON public.layout_configuration USING btree (zone, user_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_line_item_adjustment_promotion_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_line_item_adjustment_promotion_id" ON public.cart_line_item_adjustment USING btree (promotion_id) WHERE ((deleted_at IS NULL) AND (promotion_id IS NOT NULL));


--
-- Name: IDX_line_item_product_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_line_item_product_id" ON public.cart_line_item USING btree (product_id) WHERE ((deleted_at IS NULL) AND (product_id IS NOT NULL));


--
-- Name: IDX_line_item_product_type_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_line_item_product_type_id" ON public.order_line_item USING btree (product_type_id) WHERE ((deleted_at IS NULL) AND (product_type_id IS NOT NULL));


--
-- Name: IDX_line_item_tax_line_tax_rate_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_line_item_tax_line_tax_rate_id" ON public.cart_line_item_tax_line USING btree (tax_rate_id) WHERE ((deleted_at IS NULL) AND (tax_rate_id IS NOT NULL));


--
-- Name: IDX_line_item_variant_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_line_item_variant_id" ON public.cart_line_item USING btree (variant_id) WHERE ((deleted_at IS NULL) AND (variant_id IS NOT NULL));


--
-- Name: IDX_notification_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_notification_deleted_at" ON public.notification USING btree (deleted_at) WHERE (deleted_at IS NULL);


--
-- Name: IDX_notification_idempotency_key_unique; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IDX_notification_idempotency_key_unique" ON public.notification USING btree (idempotency_key) WHERE (deleted_at IS NULL);


--
-- Name: IDX_notification_provider_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_notification_provider_deleted_at" ON public.notification_provider USING btree (deleted_at) WHERE (deleted_at IS NULL);


--
-- Name: IDX_notification_provider_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_notification_provider_id" ON public.notification USING btree (provider_id);


--
-- Name: IDX_notification_receiver_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_notification_receiver_id" ON public.notification USING btree (receiver_id);


--
-- Name: IDX_option_value_option_id_unique; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IDX_option_value_option_id_unique" ON public.product_option_value USING btree (option_id, value) WHERE (deleted_at IS NULL);


--
-- Name: IDX_order_address_customer_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_address_customer_id" ON public.order_address USING btree (customer_id);


--
-- Name: IDX_order_address_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_address_deleted_at" ON public.order_address USING btree (deleted_at) WHERE (deleted_at IS NULL);


--
-- Name: IDX_order_billing_address_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_billing_address_id" ON public."order" USING btree (billing_address_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_order_change_action_claim_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_change_action_claim_id" ON public.order_change_action USING btree (claim_id) WHERE ((claim_id IS NOT NULL) AND (deleted_at IS NULL));


--
-- Name: IDX_order_change_action_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_change_action_deleted_at" ON public.order_change_action USING btree (deleted_at);


--
-- Name: IDX_order_change_action_exchange_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_change_action_exchange_id" ON public.order_change_action USING btree (exchange_id) WHERE ((exchange_id IS NOT NULL) AND (deleted_at IS NULL));


--
-- Name: IDX_order_change_action_order_change_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_change_action_order_change_id" ON public.order_change_action USING btree (order_change_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_order_change_action_order_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_change_action_order_id" ON public.order_change_action USING btree (order_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_order_change_action_ordering; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_change_action_ordering" ON public.order_change_action USING btree (ordering) WHERE (deleted_at IS NULL);


--
-- Name: IDX_order_change_action_return_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_change_action_return_id" ON public.order_change_action USING btree (return_id) WHERE ((return_id IS NOT NULL) AND (deleted_at IS NULL));


--
-- Name: IDX_order_change_change_type; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_change_change_type" ON public.order_change USING btree (change_type);


--
-- Name: IDX_order_change_claim_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_change_claim_id" ON public.order_change USING btree (claim_id) WHERE ((claim_id IS NOT NULL) AND (deleted_at IS NULL));


--
-- Name: IDX_order_change_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_change_deleted_at" ON public.order_change USING btree (deleted_at);


--
-- Name: IDX_order_change_exchange_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_change_exchange_id" ON public.order_change USING btree (exchange_id) WHERE ((exchange_id IS NOT NULL) AND (deleted_at IS NULL));


--
-- Name: IDX_order_change_order_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_change_order_id" ON public.order_change USING btree (order_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_order_change_order_id_version; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_change_order_id_version" ON public.order_change USING btree (order_id, version);


--
-- Name: IDX_order_change_return_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_change_return_id" ON public.order_change USING btree (return_id) WHERE ((return_id IS NOT NULL) AND (deleted_at IS NULL));


--
-- Name: IDX_order_change_status; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_change_status" ON public.order_change USING btree (status) WHERE (deleted_at IS NULL);


--
-- Name: IDX_order_change_version; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_change_version" ON public.order_change USING btree (order_id, version) WHERE (deleted_at IS NULL);


--
-- Name: IDX_order_claim_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_claim_deleted_at" ON public.order_claim USING btree (deleted_at) WHERE (deleted_at IS NULL);


--
-- Name: IDX_order_claim_display_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_claim_display_id" ON public.order_claim USING btree (display_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_order_claim_item_claim_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_claim_item_claim_id" ON public.order_claim_item USING btree (claim_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_order_claim_item_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_claim_item_deleted_at" ON public.order_claim_item USING btree (deleted_at) WHERE (deleted_at IS NULL);


--
-- Name: IDX_order_claim_item_image_claim_item_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_claim_item_image_claim_item_id" ON public.order_claim_item_image USING btree (claim_item_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_order_claim_item_image_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_claim_item_image_deleted_at" ON public.order_claim_item_image USING btree (deleted_at) WHERE (deleted_at IS NOT NULL);


--
-- Name: IDX_order_claim_item_item_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_claim_item_item_id" ON public.order_claim_item USING btree (item_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_order_claim_order_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_claim_order_id" ON public.order_claim USING btree (order_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_order_claim_return_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_claim_return_id" ON public.order_claim USING btree (return_id) WHERE ((return_id IS NOT NULL) AND (deleted_at IS NULL));


--
-- Name: IDX_order_credit_line_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_credit_line_deleted_at" ON public.order_credit_line USING btree (deleted_at) WHERE (deleted_at IS NOT NULL);


--
-- Name: IDX_order_credit_line_order_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_credit_line_order_id" ON public.order_credit_line USING btree (order_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_order_credit_line_order_id_version; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_credit_line_order_id_version" ON public.order_credit_line USING btree (order_id, version) WHERE (deleted_at IS NULL);


--
-- Name: IDX_order_currency_code; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_currency_code" ON public."order" USING btree (currency_code) WHERE (deleted_at IS NULL);


--
-- Name: IDX_order_custom_display_id; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IDX_order_custom_display_id" ON public."order" USING btree (custom_display_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_order_customer_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_customer_id" ON public."order" USING btree (customer_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_order_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_deleted_at" ON public."order" USING btree (deleted_at);


--
-- Name: IDX_order_display_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_display_id" ON public."order" USING btree (display_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_order_exchange_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_exchange_deleted_at" ON public.order_exchange USING btree (deleted_at) WHERE (deleted_at IS NULL);


--
-- Name: IDX_order_exchange_display_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_exchange_display_id" ON public.order_exchange USING btree (display_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_order_exchange_item_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_exchange_item_deleted_at" ON public.order_exchange_item USING btree (deleted_at) WHERE (deleted_at IS NULL);


--
-- Name: IDX_order_exchange_item_exchange_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_exchange_item_exchange_id" ON public.order_exchange_item USING btree (exchange_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_order_exchange_item_item_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_exchange_item_item_id" ON public.order_exchange_item USING btree (item_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_order_exchange_order_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_exchange_order_id" ON public.order_exchange USING btree (order_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_order_exchange_return_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_exchange_return_id" ON public.order_exchange USING btree (return_id) WHERE ((return_id IS NOT NULL) AND (deleted_at IS NULL));


--
-- Name: IDX_order_id_-71069c16; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_id_-71069c16" ON public.order_cart USING btree (order_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_order_id_-71518339; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_id_-71518339" ON public.order_promotion USING btree (order_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_order_id_-e8d2543e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_id_-e8d2543e" ON public.order_fulfillment USING btree (order_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_order_id_f42b9949; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_id_f42b9949" ON public.order_payment_collection USING btree (order_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_order_is_draft_order; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_is_draft_order" ON public."order" USING btree (is_draft_order) WHERE (deleted_at IS NULL);


--
-- Name: IDX_order_item_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_item_deleted_at" ON public.order_item USING btree (deleted_at) WHERE (deleted_at IS NOT NULL);


--
-- Name: IDX_order_item_item_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_item_item_id" ON public.order_item USING btree (item_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_order_item_order_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_item_order_id" ON public.order_item USING btree (order_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_order_item_order_id_version; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_item_order_id_version" ON public.order_item USING btree (order_id, version) WHERE (deleted_at IS NULL);


--
-- Name: IDX_order_line_item_adjustment_item_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_line_item_adjustment_item_id" ON public.order_line_item_adjustment USING btree (item_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_order_line_item_product_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_line_item_product_id" ON public.order_line_item USING btree (product_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_order_line_item_tax_line_item_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_line_item_tax_line_item_id" ON public.order_line_item_tax_line USING btree (item_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_order_line_item_variant_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_line_item_variant_id" ON public.order_line_item USING btree (variant_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_order_region_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_region_id" ON public."order" USING btree (region_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_order_sales_channel_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_sales_channel_id" ON public."order" USING btree (sales_channel_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_order_shipping_address_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_shipping_address_id" ON public."order" USING btree (shipping_address_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_order_shipping_claim_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_shipping_claim_id" ON public.order_shipping USING btree (claim_id) WHERE ((claim_id IS NOT NULL) AND (deleted_at IS NULL));


--
-- Name: IDX_order_shipping_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_shipping_deleted_at" ON public.order_shipping USING btree (deleted_at) WHERE (deleted_at IS NOT NULL);


--
-- Name: IDX_order_shipping_exchange_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_shipping_exchange_id" ON public.order_shipping USING btree (exchange_id) WHERE ((exchange_id IS NOT NULL) AND (deleted_at IS NULL));


--
-- Name: IDX_order_shipping_item_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_shipping_item_id" ON public.order_shipping USING btree (shipping_method_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_order_shipping_method_adjustment_shipping_method_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_shipping_method_adjustment_shipping_method_id" ON public.order_shipping_method_adjustment USING btree (shipping_method_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_order_shipping_method_adjustment_version_shipping_method; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IDX_order_shipping_method_adjustment_version_shipping_method" ON public.order_shipping_method_adjustment USING btree (version, shipping_method_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_order_shipping_method_shipping_option_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_shipping_method_shipping_option_id" ON public.order_shipping_method USING btree (shipping_option_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_order_shipping_method_tax_line_shipping_method_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_shipping_method_tax_line_shipping_method_id" ON public.order_shipping_method_tax_line USING btree (shipping_method_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_order_shipping_order_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_shipping_order_id" ON public.order_shipping USING btree (order_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_order_shipping_order_id_version; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_shipping_order_id_version" ON public.order_shipping USING btree (order_id, version) WHERE (deleted_at IS NULL);


--
-- Name: IDX_order_shipping_return_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_shipping_return_id" ON public.order_shipping USING btree (return_id) WHERE ((return_id IS NOT NULL) AND (deleted_at IS NULL));


--
-- Name: IDX_order_shipping_shipping_method_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_shipping_shipping_method_id" ON public.order_shipping USING btree (shipping_method_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_order_summary_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_summary_deleted_at" ON public.order_summary USING btree (deleted_at) WHERE (deleted_at IS NOT NULL);


--
-- Name: IDX_order_summary_order_id_version; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_summary_order_id_version" ON public.order_summary USING btree (order_id, version) WHERE (deleted_at IS NULL);


--
-- Name: IDX_order_transaction_claim_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_transaction_claim_id" ON public.order_transaction USING btree (claim_id) WHERE ((claim_id IS NOT NULL) AND (deleted_at IS NULL));


--
-- Name: IDX_order_transaction_currency_code; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_transaction_currency_code" ON public.order_transaction USING btree (currency_code) WHERE (deleted_at IS NULL);


--
-- Name: IDX_order_transaction_exchange_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_transaction_exchange_id" ON public.order_transaction USING btree (exchange_id) WHERE ((exchange_id IS NOT NULL) AND (deleted_at IS NULL));


--
-- Name: IDX_order_transaction_order_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_transaction_order_id" ON public.order_transaction USING btree (order_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_order_transaction_order_id_version; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_transaction_order_id_version" ON public.order_transaction USING btree (order_id, version) WHERE (deleted_at IS NULL);


--
-- Name: IDX_order_transaction_reference_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_transaction_reference_id" ON public.order_transaction USING btree (reference_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_order_transaction_return_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_order_transaction_return_id" ON public.order_transaction USING btree (return_id) WHERE ((return_id IS NOT NULL) AND (deleted_at IS NULL));


--
-- Name: IDX_payment_collection_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_payment_collection_deleted_at" ON public.payment_collection USING btree (deleted_at) WHERE (deleted_at IS NOT NULL);


--
-- Name: IDX_payment_collection_id_-4a39f6c9; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_payment_collection_id_-4a39f6c9" ON public.cart_payment_collection USING btree (payment_collection_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_payment_collection_id_f42b9949; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_payment_collection_id_f42b9949" ON public.order_payment_collection USING btree (payment_collection_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_payment_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_payment_deleted_at" ON public.payment USING btree (deleted_at) WHERE (deleted_at IS NOT NULL);


--
-- Name: IDX_payment_payment_collection_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_payment_payment_collection_id" ON public.payment USING btree (payment_collection_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_payment_payment_session_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_payment_payment_session_id" ON public.payment USING btree (payment_session_id);


--
-- Name: IDX_payment_payment_session_id_unique; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IDX_payment_payment_session_id_unique" ON public.payment USING btree (payment_session_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_payment_provider_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_payment_provider_deleted_at" ON public.payment_provider USING btree (deleted_at) WHERE (deleted_at IS NULL);


--
-- Name: IDX_payment_provider_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_payment_provider_id" ON public.payment USING btree (provider_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_payment_provider_id_1c934dab0; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_payment_provider_id_1c934dab0" ON public.region_payment_provider USING btree (payment_provider_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_payment_session_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_payment_session_deleted_at" ON public.payment_session USING btree (deleted_at);


--
-- Name: IDX_payment_session_payment_collection_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_payment_session_payment_collection_id" ON public.payment_session USING btree (payment_collection_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_price_currency_code; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_price_currency_code" ON public.price USING btree (currency_code) WHERE (deleted_at IS NULL);


--
-- Name: IDX_price_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_price_deleted_at" ON public.price USING btree (deleted_at) WHERE (deleted_at IS NOT NULL);


--
-- Name: IDX_price_list_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_price_list_deleted_at" ON public.price_list USING btree (deleted_at) WHERE (deleted_at IS NOT NULL);


--
-- Name: IDX_price_list_id_status_starts_at_ends_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_price_list_id_status_starts_at_ends_at" ON public.price_list USING btree (id, status, starts_at, ends_at) WHERE ((deleted_at IS NULL) AND (status = 'active'::text));


--
-- Name: IDX_price_list_rule_attribute; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_price_list_rule_attribute" ON public.price_list_rule USING btree (attribute) WHERE (deleted_at IS NULL);


--
-- Name: IDX_price_list_rule_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_price_list_rule_deleted_at" ON public.price_list_rule USING btree (deleted_at) WHERE (deleted_at IS NOT NULL);


--
-- Name: IDX_price_list_rule_price_list_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_price_list_rule_price_list_id" ON public.price_list_rule USING btree (price_list_id) WHERE (deleted_at IS NOT NULL);


--
-- Name: IDX_price_list_rule_value; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_price_list_rule_value" ON public.price_list_rule USING gin (value) WHERE (deleted_at IS NULL);


--
-- Name: IDX_price_preference_attribute_value; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IDX_price_preference_attribute_value" ON public.price_preference USING btree (attribute, value) WHERE (deleted_at IS NULL);


--
-- Name: IDX_price_preference_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_price_preference_deleted_at" ON public.price_preference USING btree (deleted_at) WHERE (deleted_at IS NOT NULL);


--
-- Name: IDX_price_price_list_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_price_price_list_id" ON public.price USING btree (price_list_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_price_price_set_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_price_price_set_id" ON public.price USING btree (price_set_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_price_rule_attribute; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_price_rule_attribute" ON public.price_rule USING btree (attribute) WHERE (deleted_at IS NULL);


--
-- Name: IDX_price_rule_attribute_value; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_price_rule_attribute_value" ON public.price_rule USING btree (attribute, value) WHERE (deleted_at IS NULL);


--
-- Name: IDX_price_rule_attribute_value_price_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_price_rule_attribute_value_price_id" ON public.price_rule USING btree (attribute, value, price_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_price_rule_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_price_rule_deleted_at" ON public.price_rule USING btree (deleted_at) WHERE (deleted_at IS NOT NULL);


--
-- Name: IDX_price_rule_operator; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_price_rule_operator" ON public.price_rule USING btree (operator);


--
-- Name: IDX_price_rule_operator_value; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_price_rule_operator_value" ON public.price_rule USING btree (operator, value) WHERE (deleted_at IS NULL);


--
-- Name: IDX_price_rule_price_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_price_rule_price_id" ON public.price_rule USING btree (price_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_price_rule_price_id_attribute_operator_unique; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IDX_price_rule_price_id_attribute_operator_unique" ON public.price_rule USING btree (price_id, attribute, operator) WHERE (deleted_at IS NULL);


--
-- Name: IDX_price_set_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_price_set_deleted_at" ON public.price_set USING btree (deleted_at) WHERE (deleted_at IS NOT NULL);


--
-- Name: IDX_price_set_id_52b23597; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_price_set_id_52b23597" ON public.product_variant_price_set USING btree (price_set_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_price_set_id_ba32fa9c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_price_set_id_ba32fa9c" ON public.shipping_option_price_set USING btree (price_set_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_product_category_parent_category_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_product_category_parent_category_id" ON public.product_category USING btree (parent_category_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_product_category_path; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_product_category_path" ON public.product_category USING btree (mpath) WHERE (deleted_at IS NULL);


--
-- Name: IDX_product_collection_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_product_collection_deleted_at" ON public.product_collection USING btree (deleted_at);


--
-- Name: IDX_product_collection_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_product_collection_id" ON public.product USING btree (collection_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_product_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_product_deleted_at" ON public.product USING btree (deleted_at);


--
-- Name: IDX_product_handle_unique; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IDX_product_handle_unique" ON public.product USING btree (handle) WHERE (deleted_at IS NULL);


--
-- Name: IDX_product_id_17a262437; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_product_id_17a262437" ON public.product_shipping_profile USING btree (product_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_product_id_20b454295; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_product_id_20b454295" ON public.product_sales_channel USING btree (product_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_product_image_rank; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_product_image_rank" ON public.image USING btree (rank) WHERE (deleted_at IS NULL);


--
-- Name: IDX_product_image_rank_product_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_product_image_rank_product_id" ON public.image USING btree (rank, product_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_product_image_url; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_product_image_url" ON public.image USING btree (url) WHERE (deleted_at IS NULL);


--
-- Name: IDX_product_image_url_rank_product_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_product_image_url_rank_product_id" ON public.image USING btree (url, rank, product_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_product_option_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_product_option_deleted_at" ON public.product_option USING btree (deleted_at);


--
-- Name: IDX_product_option_global_title_unique; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IDX_product_option_global_title_unique" ON public.product_option USING btree (title) WHERE ((deleted_at IS NULL) AND (is_exclusive = false));


--
-- Name: IDX_product_option_value_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_product_option_value_deleted_at" ON public.product_option_value USING btree (deleted_at);


--
-- Name: IDX_product_option_value_option_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_product_option_value_option_id" ON public.product_option_value USING btree (option_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_product_product_option_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_product_product_option_deleted_at" ON public.product_product_option USING btree (deleted_at) WHERE (deleted_at IS NULL);


--
-- Name: IDX_product_product_option_product_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_product_product_option_product_id" ON public.product_product_option USING btree (product_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_product_product_option_product_option_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_product_product_option_product_option_id" ON public.product_product_option USING btree (product_option_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_product_product_option_value_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_product_product_option_value_deleted_at" ON public.product_product_option_value USING btree (deleted_at) WHERE (deleted_at IS NULL);


--
-- Name: IDX_product_product_option_value_product_option_value_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_product_product_option_value_product_option_value_id" ON public.product_product_option_value USING btree (product_option_value_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_product_product_option_value_product_product_option_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_product_product_option_value_product_product_option_id" ON public.product_product_option_value USING btree (product_product_option_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_product_product_option_value_product_product_option_id_fk; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_product_product_option_value_product_product_option_id_fk" ON public.product_product_option_value USING btree (product_product_option_id);


--
-- Name: IDX_product_status; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_product_status" ON public.product USING btree (status) WHERE (deleted_at IS NULL);


--
-- Name: IDX_product_tag_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_product_tag_deleted_at" ON public.product_tag USING btree (deleted_at);


--
-- Name: IDX_product_type_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_product_type_deleted_at" ON public.product_type USING btree (deleted_at);


--
-- Name: IDX_product_type_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_product_type_id" ON public.product USING btree (type_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_product_variant_barcode_unique; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IDX_product_variant_barcode_unique" ON public.product_variant USING btree (barcode) WHERE (deleted_at IS NULL);


--
-- Name: IDX_product_variant_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_product_variant_deleted_at" ON public.product_variant USING btree (deleted_at);


--
-- Name: IDX_product_variant_ean_unique; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IDX_product_variant_ean_unique" ON public.product_variant USING btree (ean) WHERE (deleted_at IS NULL);


--
-- Name: IDX_product_variant_id_product_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_product_variant_id_product_id" ON public.product_variant USING btree (id, product_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_product_variant_product_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_product_variant_product_id" ON public.product_variant USING btree (product_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_product_variant_product_image_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_product_variant_product_image_deleted_at" ON public.product_variant_product_image USING btree (deleted_at) WHERE (deleted_at IS NULL);


--
-- Name: IDX_product_variant_product_image_image_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_product_variant_product_image_image_id" ON public.product_variant_product_image USING btree (image_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_product_variant_product_image_variant_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_product_variant_product_image_variant_id" ON public.product_variant_product_image USING btree (variant_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_product_variant_sku_unique; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IDX_product_variant_sku_unique" ON public.product_variant USING btree (sku) WHERE (deleted_at IS NULL);


--
-- Name: IDX_product_variant_upc_unique; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IDX_product_variant_upc_unique" ON public.product_variant USING btree (upc) WHERE (deleted_at IS NULL);


--
-- Name: IDX_promotion_application_method_currency_code; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_promotion_application_method_currency_code" ON public.promotion_application_method USING btree (currency_code) WHERE (deleted_at IS NOT NULL);


--
-- Name: IDX_promotion_application_method_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_promotion_application_method_deleted_at" ON public.promotion_application_method USING btree (deleted_at) WHERE (deleted_at IS NULL);


--
-- Name: IDX_promotion_application_method_promotion_id_unique; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IDX_promotion_application_method_promotion_id_unique" ON public.promotion_application_method USING btree (promotion_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_promotion_campaign_budget_campaign_id_unique; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IDX_promotion_campaign_budget_campaign_id_unique" ON public.promotion_campaign_budget USING btree (campaign_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_promotion_campaign_budget_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_promotion_campaign_budget_deleted_at" ON public.promotion_campaign_budget USING btree (deleted_at) WHERE (deleted_at IS NULL);


--
-- Name: IDX_promotion_campaign_budget_usage_attribute_value_budget_id_u; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IDX_promotion_campaign_budget_usage_attribute_value_budget_id_u" ON public.promotion_campaign_budget_usage USING btree (attribute_value, budget_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_promotion_campaign_budget_usage_budget_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_promotion_campaign_budget_usage_budget_id" ON public.promotion_campaign_budget_usage USING btree (budget_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_promotion_campaign_budget_usage_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_promotion_campaign_budget_usage_deleted_at" ON public.promotion_campaign_budget_usage USING btree (deleted_at) WHERE (deleted_at IS NULL);


--
-- Name: IDX_promotion_campaign_campaign_identifier_unique; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IDX_promotion_campaign_campaign_identifier_unique" ON public.promotion_campaign USING btree (campaign_identifier) WHERE (deleted_at IS NULL);


--
-- Name: IDX_promotion_campaign_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_promotion_campaign_deleted_at" ON public.promotion_campaign USING btree (deleted_at) WHERE (deleted_at IS NULL);


--
-- Name: IDX_promotion_campaign_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_promotion_campaign_id" ON public.promotion USING btree (campaign_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_promotion_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_promotion_deleted_at" ON public.promotion USING btree (deleted_at) WHERE (deleted_at IS NULL);


--
-- Name: IDX_promotion_id_-71518339; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_promotion_id_-71518339" ON public.order_promotion USING btree (promotion_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_promotion_id_-a9d4a70b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_promotion_id_-a9d4a70b" ON public.cart_promotion USING btree (promotion_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_promotion_is_automatic; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_promotion_is_automatic" ON public.promotion USING btree (is_automatic) WHERE (deleted_at IS NULL);


--
-- Name: IDX_promotion_rule_attribute; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_promotion_rule_attribute" ON public.promotion_rule USING btree (attribute);


--
-- Name: IDX_promotion_rule_attribute_operator; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_promotion_rule_attribute_operator" ON public.promotion_rule USING btree (attribute, operator) WHERE (deleted_at IS NULL);


--
-- Name: IDX_promotion_rule_attribute_operator_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_promotion_rule_attribute_operator_id" ON public.promotion_rule USING btree (operator, attribute, id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_promotion_rule_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_promotion_rule_deleted_at" ON public.promotion_rule USING btree (deleted_at) WHERE (deleted_at IS NULL);


--
-- Name: IDX_promotion_rule_operator; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_promotion_rule_operator" ON public.promotion_rule USING btree (operator);


--
-- Name: IDX_promotion_rule_value_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_promotion_rule_value_deleted_at" ON public.promotion_rule_value USING btree (deleted_at) WHERE (deleted_at IS NULL);


--
-- Name: IDX_promotion_rule_value_promotion_rule_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_promotion_rule_value_promotion_rule_id" ON public.promotion_rule_value USING btree (promotion_rule_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_promotion_rule_value_rule_id_value; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_promotion_rule_value_rule_id_value" ON public.promotion_rule_value USING btree (promotion_rule_id, value) WHERE (deleted_at IS NULL);


--
-- Name: IDX_promotion_rule_value_value; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_promotion_rule_value_value" ON public.promotion_rule_value USING btree (value) WHERE (deleted_at IS NULL);


--
-- Name: IDX_promotion_status; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_promotion_status" ON public.promotion USING btree (status) WHERE (deleted_at IS NULL);


--
-- Name: IDX_promotion_type; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_promotion_type" ON public.promotion USING btree (type);


--
-- Name: IDX_property_label_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_property_label_deleted_at" ON public.property_label USING btree (deleted_at) WHERE (deleted_at IS NULL);


--
-- Name: IDX_property_label_entity; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_property_label_entity" ON public.property_label USING btree (entity) WHERE (deleted_at IS NULL);


--
-- Name: IDX_property_label_entity_property_unique; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IDX_property_label_entity_property_unique" ON public.property_label USING btree (entity, property) WHERE (deleted_at IS NULL);


--
-- Name: IDX_provider_identity_auth_identity_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_provider_identity_auth_identity_id" ON public.provider_identity USING btree (auth_identity_id);


--
-- Name: IDX_provider_identity_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_provider_identity_deleted_at" ON public.provider_identity USING btree (deleted_at) WHERE (deleted_at IS NULL);


--
-- Name: IDX_provider_identity_provider_entity_id; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IDX_provider_identity_provider_entity_id" ON public.provider_identity USING btree (entity_id, provider);


--
-- Name: IDX_publishable_key_id_-1d67bae40; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_publishable_key_id_-1d67bae40" ON public.publishable_api_key_sales_channel USING btree (publishable_key_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_refund_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_refund_deleted_at" ON public.refund USING btree (deleted_at);


--
-- Name: IDX_refund_payment_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_refund_payment_id" ON public.refund USING btree (payment_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_refund_reason_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_refund_reason_deleted_at" ON public.refund_reason USING btree (deleted_at) WHERE (deleted_at IS NULL);


--
-- Name: IDX_refund_refund_reason_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_refund_refund_reason_id" ON public.refund USING btree (refund_reason_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_region_country_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_region_country_deleted_at" ON public.region_country USING btree (deleted_at) WHERE (deleted_at IS NULL);


--
-- Name: IDX_region_country_region_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_region_country_region_id" ON public.region_country USING btree (region_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_region_country_region_id_iso_2_unique; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IDX_region_country_region_id_iso_2_unique" ON public.region_country USING btree (region_id, iso_2);


--
-- Name: IDX_region_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_region_deleted_at" ON public.region USING btree (deleted_at) WHERE (deleted_at IS NOT NULL);


--
-- Name: IDX_region_id_1c934dab0; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_region_id_1c934dab0" ON public.region_payment_provider USING btree (region_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_reservation_item_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_reservation_item_deleted_at" ON public.reservation_item USING btree (deleted_at) WHERE (deleted_at IS NOT NULL);


--
-- Name: IDX_reservation_item_inventory_item_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_reservation_item_inventory_item_id" ON public.reservation_item USING btree (inventory_item_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_reservation_item_line_item_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_reservation_item_line_item_id" ON public.reservation_item USING btree (line_item_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_reservation_item_location_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_reservation_item_location_id" ON public.reservation_item USING btree (location_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_return_claim_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_return_claim_id" ON public.return USING btree (claim_id) WHERE ((claim_id IS NOT NULL) AND (deleted_at IS NULL));


--
-- Name: IDX_return_display_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_return_display_id" ON public.return USING btree (display_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_return_exchange_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_return_exchange_id" ON public.return USING btree (exchange_id) WHERE ((exchange_id IS NOT NULL) AND (deleted_at IS NULL));


--
-- Name: IDX_return_id_-31ea43a; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_return_id_-31ea43a" ON public.return_fulfillment USING btree (return_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_return_item_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_return_item_deleted_at" ON public.return_item USING btree (deleted_at) WHERE (deleted_at IS NULL);


--
-- Name: IDX_return_item_item_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_return_item_item_id" ON public.return_item USING btree (item_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_return_item_reason_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_return_item_reason_id" ON public.return_item USING btree (reason_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_return_item_return_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_return_item_return_id" ON public.return_item USING btree (return_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_return_order_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_return_order_id" ON public.return USING btree (order_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_return_reason_parent_return_reason_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_return_reason_parent_return_reason_id" ON public.return_reason USING btree (parent_return_reason_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_return_reason_value; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_return_reason_value" ON public.return_reason USING btree (value) WHERE (deleted_at IS NULL);


--
-- Name: IDX_sales_channel_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_sales_channel_deleted_at" ON public.sales_channel USING btree (deleted_at);


--
-- Name: IDX_sales_channel_id_-1d67bae40; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_sales_channel_id_-1d67bae40" ON public.publishable_api_key_sales_channel USING btree (sales_channel_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_sales_channel_id_20b454295; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_sales_channel_id_20b454295" ON public.product_sales_channel USING btree (sales_channel_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_sales_channel_id_26d06f470; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_sales_channel_id_26d06f470" ON public.sales_channel_stock_location USING btree (sales_channel_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_search_index_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_search_index_deleted_at" ON public.search_index USING btree (deleted_at) WHERE (deleted_at IS NULL);


--
-- Name: IDX_search_index_name; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IDX_search_index_name" ON public.search_index USING btree (name) WHERE (deleted_at IS NULL);


--
-- Name: IDX_search_index_sync_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_search_index_sync_deleted_at" ON public.search_index_sync USING btree (deleted_at) WHERE (deleted_at IS NULL);


--
-- Name: IDX_search_index_sync_job_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_search_index_sync_job_id" ON public.search_index_sync USING btree (job_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_search_index_sync_search_index_version_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_search_index_sync_search_index_version_id" ON public.search_index_sync USING btree (search_index_version_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_search_index_version_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_search_index_version_deleted_at" ON public.search_index_version USING btree (deleted_at) WHERE (deleted_at IS NULL);


--
-- Name: IDX_search_index_version_search_index_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_search_index_version_search_index_id" ON public.search_index_version USING btree (search_index_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_search_index_version_search_index_id_version; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IDX_search_index_version_search_index_id_version" ON public.search_index_version USING btree (search_index_id, version) WHERE (deleted_at IS NULL);


--
-- Name: IDX_service_zone_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_service_zone_deleted_at" ON public.service_zone USING btree (deleted_at) WHERE (deleted_at IS NOT NULL);


--
-- Name: IDX_service_zone_fulfillment_set_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_service_zone_fulfillment_set_id" ON public.service_zone USING btree (fulfillment_set_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_service_zone_name_unique; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IDX_service_zone_name_unique" ON public.service_zone USING btree (name) WHERE (deleted_at IS NULL);


--
-- Name: IDX_shipping_method_adjustment_promotion_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_shipping_method_adjustment_promotion_id" ON public.cart_shipping_method_adjustment USING btree (promotion_id) WHERE ((deleted_at IS NULL) AND (promotion_id IS NOT NULL));


--
-- Name: IDX_shipping_method_option_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_shipping_method_option_id" ON public.cart_shipping_method USING btree (shipping_option_id) WHERE ((deleted_at IS NULL) AND (shipping_option_id IS NOT NULL));


--
-- Name: IDX_shipping_method_tax_line_tax_rate_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_shipping_method_tax_line_tax_rate_id" ON public.cart_shipping_method_tax_line USING btree (tax_rate_id) WHERE ((deleted_at IS NULL) AND (tax_rate_id IS NOT NULL));


--
-- Name: IDX_shipping_option_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_shipping_option_deleted_at" ON public.shipping_option USING btree (deleted_at) WHERE (deleted_at IS NOT NULL);


--
-- Name: IDX_shipping_option_id_ba32fa9c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_shipping_option_id_ba32fa9c" ON public.shipping_option_price_set USING btree (shipping_option_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_shipping_option_provider_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_shipping_option_provider_id" ON public.shipping_option USING btree (provider_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_shipping_option_rule_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_shipping_option_rule_deleted_at" ON public.shipping_option_rule USING btree (deleted_at) WHERE (deleted_at IS NOT NULL);


--
-- Name: IDX_shipping_option_rule_shipping_option_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_shipping_option_rule_shipping_option_id" ON public.shipping_option_rule USING btree (shipping_option_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_shipping_option_service_zone_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_shipping_option_service_zone_id" ON public.shipping_option USING btree (service_zone_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_shipping_option_shipping_option_type_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_shipping_option_shipping_option_type_id" ON public.shipping_option USING btree (shipping_option_type_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_shipping_option_shipping_profile_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_shipping_option_shipping_profile_id" ON public.shipping_option USING btree (shipping_profile_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_shipping_option_type_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_shipping_option_type_deleted_at" ON public.shipping_option_type USING btree (deleted_at) WHERE (deleted_at IS NOT NULL);


--
-- Name: IDX_shipping_profile_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_shipping_profile_deleted_at" ON public.shipping_profile USING btree (deleted_at) WHERE (deleted_at IS NOT NULL);


--
-- Name: IDX_shipping_profile_id_17a262437; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_shipping_profile_id_17a262437" ON public.product_shipping_profile USING btree (shipping_profile_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_shipping_profile_name_unique; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IDX_shipping_profile_name_unique" ON public.shipping_profile USING btree (name) WHERE (deleted_at IS NULL);


--
-- Name: IDX_single_default_region; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IDX_single_default_region" ON public.tax_rate USING btree (tax_region_id) WHERE ((is_default = true) AND (deleted_at IS NULL));


--
-- Name: IDX_stock_location_address_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_stock_location_address_deleted_at" ON public.stock_location_address USING btree (deleted_at) WHERE (deleted_at IS NOT NULL);


--
-- Name: IDX_stock_location_address_id_unique; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IDX_stock_location_address_id_unique" ON public.stock_location USING btree (address_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_stock_location_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_stock_location_deleted_at" ON public.stock_location USING btree (deleted_at) WHERE (deleted_at IS NOT NULL);


--
-- Name: IDX_stock_location_id_-1e5992737; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_stock_location_id_-1e5992737" ON public.location_fulfillment_provider USING btree (stock_location_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_stock_location_id_-e88adb96; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_stock_location_id_-e88adb96" ON public.location_fulfillment_set USING btree (stock_location_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_stock_location_id_26d06f470; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_stock_location_id_26d06f470" ON public.sales_channel_stock_location USING btree (stock_location_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_store_currency_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_store_currency_deleted_at" ON public.store_currency USING btree (deleted_at) WHERE (deleted_at IS NOT NULL);


--
-- Name: IDX_store_currency_store_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_store_currency_store_id" ON public.store_currency USING btree (store_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_store_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_store_deleted_at" ON public.store USING btree (deleted_at) WHERE (deleted_at IS NOT NULL);


--
-- Name: IDX_store_locale_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_store_locale_deleted_at" ON public.store_locale USING btree (deleted_at) WHERE (deleted_at IS NULL);


--
-- Name: IDX_store_locale_store_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_store_locale_store_id" ON public.store_locale USING btree (store_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_tag_value_unique; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IDX_tag_value_unique" ON public.product_tag USING btree (value) WHERE (deleted_at IS NULL);


--
-- Name: IDX_tax_provider_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_tax_provider_deleted_at" ON public.tax_provider USING btree (deleted_at) WHERE (deleted_at IS NULL);


--
-- Name: IDX_tax_rate_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_tax_rate_deleted_at" ON public.tax_rate USING btree (deleted_at) WHERE (deleted_at IS NOT NULL);


--
-- Name: IDX_tax_rate_rule_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_tax_rate_rule_deleted_at" ON public.tax_rate_rule USING btree (deleted_at) WHERE (deleted_at IS NOT NULL);


--
-- Name: IDX_tax_rate_rule_reference_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_tax_rate_rule_reference_id" ON public.tax_rate_rule USING btree (reference_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_tax_rate_rule_tax_rate_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_tax_rate_rule_tax_rate_id" ON public.tax_rate_rule USING btree (tax_rate_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_tax_rate_rule_unique_rate_reference; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IDX_tax_rate_rule_unique_rate_reference" ON public.tax_rate_rule USING btree (tax_rate_id, reference_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_tax_rate_tax_region_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_tax_rate_tax_region_id" ON public.tax_rate USING btree (tax_region_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_tax_region_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_tax_region_deleted_at" ON public.tax_region USING btree (deleted_at) WHERE (deleted_at IS NOT NULL);


--
-- Name: IDX_tax_region_parent_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_tax_region_parent_id" ON public.tax_region USING btree (parent_id);


--
-- Name: IDX_tax_region_provider_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_tax_region_provider_id" ON public.tax_region USING btree (provider_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_tax_region_unique_country_nullable_province; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IDX_tax_region_unique_country_nullable_province" ON public.tax_region USING btree (country_code) WHERE ((province_code IS NULL) AND (deleted_at IS NULL));


--
-- Name: IDX_tax_region_unique_country_province; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IDX_tax_region_unique_country_province" ON public.tax_region USING btree (country_code, province_code) WHERE (deleted_at IS NULL);


--
-- Name: IDX_type_value_unique; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IDX_type_value_unique" ON public.product_type USING btree (value) WHERE (deleted_at IS NULL);


--
-- Name: IDX_unique_promotion_code; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IDX_unique_promotion_code" ON public.promotion USING btree (code) WHERE (deleted_at IS NULL);


--
-- Name: IDX_user_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_user_deleted_at" ON public."user" USING btree (deleted_at) WHERE (deleted_at IS NOT NULL);


--
-- Name: IDX_user_email_unique; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IDX_user_email_unique" ON public."user" USING btree (email) WHERE (deleted_at IS NULL);


--
-- Name: IDX_user_preference_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_user_preference_deleted_at" ON public.user_preference USING btree (deleted_at) WHERE (deleted_at IS NULL);


--
-- Name: IDX_user_preference_user_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_user_preference_user_id" ON public.user_preference USING btree (user_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_user_preference_user_id_key_unique; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IDX_user_preference_user_id_key_unique" ON public.user_preference USING btree (user_id, key) WHERE (deleted_at IS NULL);


--
-- Name: IDX_variant_id_17b4c4e35; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_variant_id_17b4c4e35" ON public.product_variant_inventory_item USING btree (variant_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_variant_id_52b23597; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_variant_id_52b23597" ON public.product_variant_price_set USING btree (variant_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_view_configuration_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_view_configuration_deleted_at" ON public.view_configuration USING btree (deleted_at) WHERE (deleted_at IS NULL);


--
-- Name: IDX_view_configuration_entity_is_system_default; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_view_configuration_entity_is_system_default" ON public.view_configuration USING btree (entity, is_system_default) WHERE (deleted_at IS NULL);


--
-- Name: IDX_view_configuration_entity_user_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_view_configuration_entity_user_id" ON public.view_configuration USING btree (entity, user_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_view_configuration_user_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_view_configuration_user_id" ON public.view_configuration USING btree (user_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_workflow_execution_deleted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_workflow_execution_deleted_at" ON public.workflow_execution USING btree (deleted_at) WHERE (deleted_at IS NULL);


--
-- Name: IDX_workflow_execution_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_workflow_execution_id" ON public.workflow_execution USING btree (id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_workflow_execution_retention_time_updated_at_state; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_workflow_execution_retention_time_updated_at_state" ON public.workflow_execution USING btree (retention_time, updated_at, state) WHERE ((deleted_at IS NULL) AND (retention_time IS NOT NULL));


--
-- Name: IDX_workflow_execution_run_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_workflow_execution_run_id" ON public.workflow_execution USING btree (run_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_workflow_execution_state; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_workflow_execution_state" ON public.workflow_execution USING btree (state) WHERE (deleted_at IS NULL);


--
-- Name: IDX_workflow_execution_state_updated_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_workflow_execution_state_updated_at" ON public.workflow_execution USING btree (state, updated_at) WHERE (deleted_at IS NULL);


--
-- Name: IDX_workflow_execution_transaction_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_workflow_execution_transaction_id" ON public.workflow_execution USING btree (transaction_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_workflow_execution_updated_at_retention_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_workflow_execution_updated_at_retention_time" ON public.workflow_execution USING btree (updated_at, retention_time) WHERE ((deleted_at IS NULL) AND (retention_time IS NOT NULL) AND ((state)::text = ANY ((ARRAY['done'::character varying, 'failed'::character varying, 'reverted'::character varying])::text[])));


--
-- Name: IDX_workflow_execution_workflow_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_workflow_execution_workflow_id" ON public.workflow_execution USING btree (workflow_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_workflow_execution_workflow_id_transaction_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IDX_workflow_execution_workflow_id_transaction_id" ON public.workflow_execution USING btree (workflow_id, transaction_id) WHERE (deleted_at IS NULL);


--
-- Name: IDX_workflow_execution_workflow_id_transaction_id_run_id_unique; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IDX_workflow_execution_workflow_id_transaction_id_run_id_unique" ON public.workflow_execution USING btree (workflow_id, transaction_id, run_id) WHERE (deleted_at IS NULL);


--
-- Name: idx_script_name_unique; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX idx_script_name_unique ON public.script_migrations USING btree (script_name);


--
-- Name: tax_rate_rule FK_tax_rate_rule_tax_rate_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tax_rate_rule
    ADD CONSTRAINT "FK_tax_rate_rule_tax_rate_id" FOREIGN KEY (tax_rate_id) REFERENCES public.tax_rate(id) ON DELETE CASCADE;


--
-- Name: tax_rate FK_tax_rate_tax_region_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tax_rate
    ADD CONSTRAINT "FK_tax_rate_tax_region_id" FOREIGN KEY (tax_region_id) REFERENCES public.tax_region(id) ON DELETE CASCADE;


--
-- Name: tax_region FK_tax_region_parent_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tax_region
    ADD CONSTRAINT "FK_tax_region_parent_id" FOREIGN KEY (parent_id) REFERENCES public.tax_region(id) ON DELETE CASCADE;


--
-- Name: tax_region FK_tax_region_provider_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tax_region
    ADD CONSTRAINT "FK_tax_region_provider_id" FOREIGN KEY (provider_id) REFERENCES public.tax_provider(id) ON DELETE SET NULL;


--
-- Name: application_method_buy_rules application_method_buy_rules_application_method_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.application_method_buy_rules
    ADD CONSTRAINT application_method_buy_rules_application_method_id_foreign FOREIGN KEY (application_method_id) REFERENCES public.promotion_application_method(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: application_method_buy_rules application_method_buy_rules_promotion_rule_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.application_method_buy_rules
    ADD CONSTRAINT application_method_buy_rules_promotion_rule_id_foreign FOREIGN KEY (promotion_rule_id) REFERENCES public.promotion_rule(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: application_method_target_rules application_method_target_rules_application_method_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.application_method_target_rules
    ADD CONSTRAINT application_method_target_rules_application_method_id_foreign FOREIGN KEY (application_method_id) REFERENCES public.promotion_application_method(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: application_method_target_rules application_method_target_rules_promotion_rule_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.application_method_target_rules
    ADD CONSTRAINT application_method_target_rules_promotion_rule_id_foreign FOREIGN KEY (promotion_rule_id) REFERENCES public.promotion_rule(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: auth_mfa_factor auth_mfa_factor_auth_identity_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_mfa_factor
    ADD CONSTRAINT auth_mfa_factor_auth_identity_id_foreign FOREIGN KEY (auth_identity_id) REFERENCES public.auth_identity(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: auth_mfa_recovery_code auth_mfa_recovery_code_auth_identity_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_mfa_recovery_code
    ADD CONSTRAINT auth_mfa_recovery_code_auth_identity_id_foreign FOREIGN KEY (auth_identity_id) REFERENCES public.auth_identity(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: auth_password_reset_token auth_password_reset_token_auth_identity_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_password_reset_token
    ADD CONSTRAINT auth_password_reset_token_auth_identity_id_foreign FOREIGN KEY (auth_identity_id) REFERENCES public.auth_identity(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: auth_password_reset_token auth_password_reset_token_provider_identity_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_password_reset_token
    ADD CONSTRAINT auth_password_reset_token_provider_identity_id_foreign FOREIGN KEY (provider_identity_id) REFERENCES public.provider_identity(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: auth_verification auth_verification_auth_identity_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_verification
    ADD CONSTRAINT auth_verification_auth_identity_id_foreign FOREIGN KEY (auth_identity_id) REFERENCES public.auth_identity(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: capture capture_payment_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.capture
    ADD CONSTRAINT capture_payment_id_foreign FOREIGN KEY (payment_id) REFERENCES public.payment(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: cart cart_billing_address_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cart
    ADD CONSTRAINT cart_billing_address_id_foreign FOREIGN KEY (billing_address_id) REFERENCES public.cart_address(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: cart_line_item_adjustment cart_line_item_adjustment_item_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cart_line_item_adjustment
    ADD CONSTRAINT cart_line_item_adjustment_item_id_foreign FOREIGN KEY (item_id) REFERENCES public.cart_line_item(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: cart_line_item cart_line_item_cart_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cart_line_item
    ADD CONSTRAINT cart_line_item_cart_id_foreign FOREIGN KEY (cart_id) REFERENCES public.cart(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: cart_line_item_tax_line cart_line_item_tax_line_item_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cart_line_item_tax_line
    ADD CONSTRAINT cart_line_item_tax_line_item_id_foreign FOREIGN KEY (item_id) REFERENCES public.cart_line_item(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: cart cart_shipping_address_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cart
    ADD CONSTRAINT cart_shipping_address_id_foreign FOREIGN KEY (shipping_address_id) REFERENCES public.cart_address(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: cart_shipping_method_adjustment cart_shipping_method_adjustment_shipping_method_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cart_shipping_method_adjustment
    ADD CONSTRAINT cart_shipping_method_adjustment_shipping_method_id_foreign FOREIGN KEY (shipping_method_id) REFERENCES public.cart_shipping_method(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: cart_shipping_method cart_shipping_method_cart_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cart_shipping_method
    ADD CONSTRAINT cart_shipping_method_cart_id_foreign FOREIGN KEY (cart_id) REFERENCES public.cart(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: cart_shipping_method_tax_line cart_shipping_method_tax_line_shipping_method_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cart_shipping_method_tax_line
    ADD CONSTRAINT cart_shipping_method_tax_line_shipping_method_id_foreign FOREIGN KEY (shipping_method_id) REFERENCES public.cart_shipping_method(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: credit_line credit_line_cart_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.credit_line
    ADD CONSTRAINT credit_line_cart_id_foreign FOREIGN KEY (cart_id) REFERENCES public.cart(id) ON UPDATE CASCADE;


--
-- Name: customer_address customer_address_customer_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.customer_address
    ADD CONSTRAINT customer_address_customer_id_foreign FOREIGN KEY (customer_id) REFERENCES public.customer(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: customer_group_customer customer_group_customer_customer_group_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.customer_group_customer
    ADD CONSTRAINT customer_group_customer_customer_group_id_foreign FOREIGN KEY (customer_group_id) REFERENCES public.customer_group(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: customer_group_customer customer_group_customer_customer_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.customer_group_customer
    ADD CONSTRAINT customer_group_customer_customer_id_foreign FOREIGN KEY (customer_id) REFERENCES public.customer(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: fulfillment fulfillment_delivery_address_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fulfillment
    ADD CONSTRAINT fulfillment_delivery_address_id_foreign FOREIGN KEY (delivery_address_id) REFERENCES public.fulfillment_address(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: fulfillment_item fulfillment_item_fulfillment_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fulfillment_item
    ADD CONSTRAINT fulfillment_item_fulfillment_id_foreign FOREIGN KEY (fulfillment_id) REFERENCES public.fulfillment(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: fulfillment_label fulfillment_label_fulfillment_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fulfillment_label
    ADD CONSTRAINT fulfillment_label_fulfillment_id_foreign FOREIGN KEY (fulfillment_id) REFERENCES public.fulfillment(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: fulfillment fulfillment_provider_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fulfillment
    ADD CONSTRAINT fulfillment_provider_id_foreign FOREIGN KEY (provider_id) REFERENCES public.fulfillment_provider(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: fulfillment fulfillment_shipping_option_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fulfillment
    ADD CONSTRAINT fulfillment_shipping_option_id_foreign FOREIGN KEY (shipping_option_id) REFERENCES public.shipping_option(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: geo_zone geo_zone_service_zone_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.geo_zone
    ADD CONSTRAINT geo_zone_service_zone_id_foreign FOREIGN KEY (service_zone_id) REFERENCES public.service_zone(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: image image_product_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.image
    ADD CONSTRAINT image_product_id_foreign FOREIGN KEY (product_id) REFERENCES public.product(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: inventory_level inventory_level_inventory_item_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.inventory_level
    ADD CONSTRAINT inventory_level_inventory_item_id_foreign FOREIGN KEY (inventory_item_id) REFERENCES public.inventory_item(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: notification notification_provider_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notification
    ADD CONSTRAINT notification_provider_id_foreign FOREIGN KEY (provider_id) REFERENCES public.notification_provider(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: order order_billing_address_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."order"
    ADD CONSTRAINT order_billing_address_id_foreign FOREIGN KEY (billing_address_id) REFERENCES public.order_address(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: order_change_action order_change_action_order_change_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.order_change_action
    ADD CONSTRAINT order_change_action_order_change_id_foreign FOREIGN KEY (order_change_id) REFERENCES public.order_change(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: order_change order_change_order_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.order_change
    ADD CONSTRAINT order_change_order_id_foreign FOREIGN KEY (order_id) REFERENCES public."order"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: order_credit_line order_credit_line_order_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.order_credit_line
    ADD CONSTRAINT order_credit_line_order_id_foreign FOREIGN KEY (order_id) REFERENCES public."order"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: order_item order_item_item_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.order_item
    ADD CONSTRAINT order_item_item_id_foreign FOREIGN KEY (item_id) REFERENCES public.order_line_item(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: order_item order_item_order_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.order_item
    ADD CONSTRAINT order_item_order_id_foreign FOREIGN KEY (order_id) REFERENCES public."order"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: order_line_item_adjustment order_line_item_adjustment_item_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.order_line_item_adjustment
    ADD CONSTRAINT order_line_item_adjustment_item_id_foreign FOREIGN KEY (item_id) REFERENCES public.order_line_item(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: order_line_item_tax_line order_line_item_tax_line_item_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.order_line_item_tax_line
    ADD CONSTRAINT order_line_item_tax_line_item_id_foreign FOREIGN KEY (item_id) REFERENCES public.order_line_item(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: order_line_item order_line_item_totals_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.order_line_item
    ADD CONSTRAINT order_line_item_totals_id_foreign FOREIGN KEY (totals_id) REFERENCES public.order_item(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: order order_shipping_address_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."order"
    ADD CONSTRAINT order_shipping_address_id_foreign FOREIGN KEY (shipping_address_id) REFERENCES public.order_address(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: order_shipping_method_adjustment order_shipping_method_adjustment_shipping_method_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.order_shipping_method_adjustment
    ADD CONSTRAINT order_shipping_method_adjustment_shipping_method_id_foreign FOREIGN KEY (shipping_method_id) REFERENCES public.order_shipping_method(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: order_shipping_method_tax_line order_shipping_method_tax_line_shipping_method_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.order_shipping_method_tax_line
    ADD CONSTRAINT order_shipping_method_tax_line_shipping_method_id_foreign FOREIGN KEY (shipping_method_id) REFERENCES public.order_shipping_method(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: order_shipping order_shipping_order_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.order_shipping
    ADD CONSTRAINT order_shipping_order_id_foreign FOREIGN KEY (order_id) REFERENCES public."order"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: order_summary order_summary_order_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.order_summary
    ADD CONSTRAINT order_summary_order_id_foreign FOREIGN KEY (order_id) REFERENCES public."order"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: order_transaction order_transaction_order_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.order_transaction
    ADD CONSTRAINT order_transaction_order_id_foreign FOREIGN KEY (order_id) REFERENCES public."order"(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: payment_collection_payment_providers payment_collection_payment_providers_payment_col_aa276_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payment_collection_payment_providers
    ADD CONSTRAINT payment_collection_payment_providers_payment_col_aa276_foreign FOREIGN KEY (payment_collection_id) REFERENCES public.payment_collection(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: payment_collection_payment_providers payment_collection_payment_providers_payment_pro_2d555_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payment_collection_payment_providers
    ADD CONSTRAINT payment_collection_payment_providers_payment_pro_2d555_foreign FOREIGN KEY (payment_provider_id) REFERENCES public.payment_provider(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: payment payment_payment_collection_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payment
    ADD CONSTRAINT payment_payment_collection_id_foreign FOREIGN KEY (payment_collection_id) REFERENCES public.payment_collection(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: payment_session payment_session_payment_collection_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payment_session
    ADD CONSTRAINT payment_session_payment_collection_id_foreign FOREIGN KEY (payment_collection_id) REFERENCES public.payment_collection(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: price_list_rule price_list_rule_price_list_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.price_list_rule
    ADD CONSTRAINT price_list_rule_price_list_id_foreign FOREIGN KEY (price_list_id) REFERENCES public.price_list(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: price price_price_list_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.price
    ADD CONSTRAINT price_price_list_id_foreign FOREIGN KEY (price_list_id) REFERENCES public.price_list(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: price price_price_set_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.price
    ADD CONSTRAINT price_price_set_id_foreign FOREIGN KEY (price_set_id) REFERENCES public.price_set(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: price_rule price_rule_price_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.price_rule
    ADD CONSTRAINT price_rule_price_id_foreign FOREIGN KEY (price_id) REFERENCES public.price(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: product_category product_category_parent_category_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.product_category
    ADD CONSTRAINT product_category_parent_category_id_foreign FOREIGN KEY (parent_category_id) REFERENCES public.product_category(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: product_category_product product_category_product_product_category_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.product_category_product
    ADD CONSTRAINT product_category_product_product_category_id_foreign FOREIGN KEY (product_category_id) REFERENCES public.product_category(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: product_category_product product_category_product_product_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.product_category_product
    ADD CONSTRAINT product_category_product_product_id_foreign FOREIGN KEY (product_id) REFERENCES public.product(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: product product_collection_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.product
    ADD CONSTRAINT product_collection_id_foreign FOREIGN KEY (collection_id) REFERENCES public.product_collection(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: product_option_value product_option_value_option_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.product_option_value
    ADD CONSTRAINT product_option_value_option_id_foreign FOREIGN KEY (option_id) REFERENCES public.product_option(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: product_product_option product_product_option_product_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.product_product_option
    ADD CONSTRAINT product_product_option_product_id_foreign FOREIGN KEY (product_id) REFERENCES public.product(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: product_product_option product_product_option_product_option_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.product_product_option
    ADD CONSTRAINT product_product_option_product_option_id_foreign FOREIGN KEY (product_option_id) REFERENCES public.product_option(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: product_product_option_value product_product_option_value_product_option_value_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.product_product_option_value
    ADD CONSTRAINT product_product_option_value_product_option_value_id_foreign FOREIGN KEY (product_option_value_id) REFERENCES public.product_option_value(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: product_product_option_value product_product_option_value_product_product_option_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.product_product_option_value
    ADD CONSTRAINT product_product_option_value_product_product_option_id_foreign FOREIGN KEY (product_product_option_id) REFERENCES public.product_product_option(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: product_tags product_tags_product_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.product_tags
    ADD CONSTRAINT product_tags_product_id_foreign FOREIGN KEY (product_id) REFERENCES public.product(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: product_tags product_tags_product_tag_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.product_tags
    ADD CONSTRAINT product_tags_product_tag_id_foreign FOREIGN KEY (product_tag_id) REFERENCES public.product_tag(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: product product_type_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.product
    ADD CONSTRAINT product_type_id_foreign FOREIGN KEY (type_id) REFERENCES public.product_type(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: product_variant_option product_variant_option_option_value_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.product_variant_option
    ADD CONSTRAINT product_variant_option_option_value_id_foreign FOREIGN KEY (option_value_id) REFERENCES public.product_option_value(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: product_variant_option product_variant_option_variant_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.product_variant_option
    ADD CONSTRAINT product_variant_option_variant_id_foreign FOREIGN KEY (variant_id) REFERENCES public.product_variant(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: product_variant product_variant_product_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.product_variant
    ADD CONSTRAINT product_variant_product_id_foreign FOREIGN KEY (product_id) REFERENCES public.product(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: product_variant_product_image product_variant_product_image_image_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.product_variant_product_image
    ADD CONSTRAINT product_variant_product_image_image_id_foreign FOREIGN KEY (image_id) REFERENCES public.image(id) ON DELETE CASCADE;


--
-- Name: promotion_application_method promotion_application_method_promotion_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.promotion_application_method
    ADD CONSTRAINT promotion_application_method_promotion_id_foreign FOREIGN KEY (promotion_id) REFERENCES public.promotion(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: promotion_campaign_budget promotion_campaign_budget_campaign_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.promotion_campaign_budget
    ADD CONSTRAINT promotion_campaign_budget_campaign_id_foreign FOREIGN KEY (campaign_id) REFERENCES public.promotion_campaign(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: promotion_campaign_budget_usage promotion_campaign_budget_usage_budget_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.promotion_campaign_budget_usage
    ADD CONSTRAINT promotion_campaign_budget_usage_budget_id_foreign FOREIGN KEY (budget_id) REFERENCES public.promotion_campaign_budget(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: promotion promotion_campaign_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.promotion
    ADD CONSTRAINT promotion_campaign_id_foreign FOREIGN KEY (campaign_id) REFERENCES public.promotion_campaign(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: promotion_promotion_rule promotion_promotion_rule_promotion_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.promotion_promotion_rule
    ADD CONSTRAINT promotion_promotion_rule_promotion_id_foreign FOREIGN KEY (promotion_id) REFERENCES public.promotion(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: promotion_promotion_rule promotion_promotion_rule_promotion_rule_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.promotion_promotion_rule
    ADD CONSTRAINT promotion_promotion_rule_promotion_rule_id_foreign FOREIGN KEY (promotion_rule_id) REFERENCES public.promotion_rule(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: promotion_rule_value promotion_rule_value_promotion_rule_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.promotion_rule_value
    ADD CONSTRAINT promotion_rule_value_promotion_rule_id_foreign FOREIGN KEY (promotion_rule_id) REFERENCES public.promotion_rule(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: provider_identity provider_identity_auth_identity_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.provider_identity
    ADD CONSTRAINT provider_identity_auth_identity_id_foreign FOREIGN KEY (auth_identity_id) REFERENCES public.auth_identity(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: refund refund_payment_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.refund
    ADD CONSTRAINT refund_payment_id_foreign FOREIGN KEY (payment_id) REFERENCES public.payment(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: region_country region_country_region_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.region_country
    ADD CONSTRAINT region_country_region_id_foreign FOREIGN KEY (region_id) REFERENCES public.region(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: reservation_item reservation_item_inventory_item_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reservation_item
    ADD CONSTRAINT reservation_item_inventory_item_id_foreign FOREIGN KEY (inventory_item_id) REFERENCES public.inventory_item(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: return_reason return_reason_parent_return_reason_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.return_reason
    ADD CONSTRAINT return_reason_parent_return_reason_id_foreign FOREIGN KEY (parent_return_reason_id) REFERENCES public.return_reason(id);


--
-- Name: search_index_sync search_index_sync_search_index_version_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.search_index_sync
    ADD CONSTRAINT search_index_sync_search_index_version_id_foreign FOREIGN KEY (search_index_version_id) REFERENCES public.search_index_version(id) ON UPDATE CASCADE;


--
-- Name: search_index_version search_index_version_search_index_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.search_index_version
    ADD CONSTRAINT search_index_version_search_index_id_foreign FOREIGN KEY (search_index_id) REFERENCES public.search_index(id) ON UPDATE CASCADE;


--
-- Name: service_zone service_zone_fulfillment_set_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.service_zone
    ADD CONSTRAINT service_zone_fulfillment_set_id_foreign FOREIGN KEY (fulfillment_set_id) REFERENCES public.fulfillment_set(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: shipping_option shipping_option_provider_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.shipping_option
    ADD CONSTRAINT shipping_option_provider_id_foreign FOREIGN KEY (provider_id) REFERENCES public.fulfillment_provider(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: shipping_option_rule shipping_option_rule_shipping_option_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.shipping_option_rule
    ADD CONSTRAINT shipping_option_rule_shipping_option_id_foreign FOREIGN KEY (shipping_option_id) REFERENCES public.shipping_option(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: shipping_option shipping_option_service_zone_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.shipping_option
    ADD CONSTRAINT shipping_option_service_zone_id_foreign FOREIGN KEY (service_zone_id) REFERENCES public.service_zone(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: shipping_option shipping_option_shipping_option_type_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.shipping_option
    ADD CONSTRAINT shipping_option_shipping_option_type_id_foreign FOREIGN KEY (shipping_option_type_id) REFERENCES public.shipping_option_type(id) ON UPDATE CASCADE;


--
-- Name: shipping_option shipping_option_shipping_profile_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.shipping_option
    ADD CONSTRAINT shipping_option_shipping_profile_id_foreign FOREIGN KEY (shipping_profile_id) REFERENCES public.shipping_profile(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: stock_location stock_location_address_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stock_location
    ADD CONSTRAINT stock_location_address_id_foreign FOREIGN KEY (address_id) REFERENCES public.stock_location_address(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: store_currency store_currency_store_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.store_currency
    ADD CONSTRAINT store_currency_store_id_foreign FOREIGN KEY (store_id) REFERENCES public.store(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: store_locale store_locale_store_id_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.store_locale
    ADD CONSTRAINT store_locale_store_id_foreign FOREIGN KEY (store_id) REFERENCES public.store(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--

\unrestrict C5XnsoPflTgOR3dt0FUFLj6gTxuYI8OrPajdL66Oiwhv7IfUU4cshCb9zmjYX1R

