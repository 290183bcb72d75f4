import { Action, Param } from '../../core';
import { SWAS } from './product';

@Action({ product: SWAS, action: 'ListKeyPairs', method: 'GET' })
export class ListKeyPairsModel {
  @Param({ wire: 'RegionId', type: 'string', required: true, example: 'cn-hangzhou' })
  regionId!: string;
  @Param({ wire: 'KeyPairName', type: 'string', example: 'KeyPairName' })
  keyPairName?: string;
  @Param({ wire: 'PageNumber', type: 'integer', serverDefault: 1, example: '1' })
  pageNumber?: number;
  @Param({ wire: 'PageSize', type: 'integer', example: '10' })
  pageSize?: number;
  @Param({ wire: 'ClientToken', type: 'string', example: '123e4567-e89b-12d3-a456-426655440000' })
  clientToken?: string;
}
