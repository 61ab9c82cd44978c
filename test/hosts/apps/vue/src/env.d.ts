// The <sd-*> tags in templates, typed from the package (GlobalComponents).
import type {} from '@smart-dairy/widgets/vue';
