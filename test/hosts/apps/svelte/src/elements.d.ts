// The <sd-*> tags in Svelte markup, typed from the package (svelte/elements).
import type {} from '@smart-dairy/widgets/svelte';
