import { z } from 'zod';

/** The kinds of value an attribute takes. */
export const ATTRIBUTE_TYPES = ['select', 'multiselect', 'checkbox', 'number', 'text'] as const;

/**
 * An attribute a label offers. A static attribute holds one value per object; a per-frame one
 * (tracks and shapes) holds a value from the frame it was set at until the next frame it is set.
 */
export const attributeSpecSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
    name: z.string().min(1).max(200),
    type: z.enum(ATTRIBUTE_TYPES),
    /** The choices of a select or multi-select. */
    options: z.array(z.string().min(1).max(200)).max(200).default([]),
    required: z.boolean().default(false),
    perFrame: z.boolean().default(false),
  })
  .superRefine((spec, context) => {
    const needsOptions = spec.type === 'select' || spec.type === 'multiselect';
    if (needsOptions && spec.options.length === 0) {
      context.addIssue({
        code: 'custom',
        path: ['options'],
        message: `a ${spec.type} attribute needs at least one option`,
      });
    }
    if (new Set(spec.options).size !== spec.options.length) {
      context.addIssue({ code: 'custom', path: ['options'], message: 'options must differ' });
    }
  });

export type AttributeSpec = z.infer<typeof attributeSpecSchema>;
